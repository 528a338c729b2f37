using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Compare;

/// <summary>Forces ranked by a chosen measure for a chosen year.</summary>
public sealed class IndexModel(Dashboard dashboard) : DashboardPageModel(dashboard)
{
    public ChartSpec? Ranking { get; private set; }
    public IReadOnlyList<ForceRank> Ranks { get; private set; } = [];
    public Dashboard.Measure Measure { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        Measure = Parameters.Measure switch
        {
            null or "count" => Dashboard.Measure.Count,
            "share" => Dashboard.Measure.Share,
            "serious-share" => Dashboard.Measure.SeriousShare,
            var m => Fail($"'{m}' is not a measure: use count, share or serious-share."),
        };
        if (Problems.Count > 0) return null;
        var year = Parameters.From ?? Dataset!.LastYear!.Value;
        var title = Measure switch
        {
            Dashboard.Measure.Count => "Forces ranked by number of community resolutions",
            Dashboard.Measure.Share => "Forces ranked by share of outcomes that were community resolutions",
            _ => "Forces ranked by share of outcomes for serious offences that were community resolutions",
        };
        (Ranking, Ranks) = await Dashboard.RankingAsync(Parameters.ToFilter().WithYear(year), Measure, "ranking", $"{title}, {YearLabel(year)}");
        return null;
    });

    private Dashboard.Measure Fail(string message)
    {
        Problems.Add(message);
        return default;
    }
}
