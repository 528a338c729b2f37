using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Compare;

/// <summary>Forces ranked by a chosen measure for a chosen year.</summary>
public sealed class IndexModel(Dashboard dashboard, NamedCharts charts) : DashboardPageModel(dashboard)
{
    public ChartSpec? Ranking { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        Ranking = await charts.BuildAsync("ranking", Parameters.With(year: Parameters.From ?? Dataset!.LastYear!.Value));
        return null;
    });
}
