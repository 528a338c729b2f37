using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Forces;

/// <summary>Every force, with its community resolutions in the dataset's latest year, linking to its page.</summary>
public sealed class IndexModel(Dashboard dashboard) : DashboardPageModel(dashboard)
{
    public IReadOnlyList<ForceRank> Ranks { get; private set; } = [];
    public int Year { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        Year = Parameters.From ?? Dataset!.LastYear!.Value;
        (_, Ranks) = await Dashboard.RankingAsync(Parameters.ToFilter().WithYear(Year), Dashboard.Measure.Count, "forces", "Forces");
        return null;
    });
}
