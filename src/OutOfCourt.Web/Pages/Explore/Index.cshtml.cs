using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Explore;

/// <summary>Any filter, any grouping: the researcher's page. Chart and table show the same grouped rows.</summary>
public sealed class IndexModel(Dashboard dashboard, NamedCharts charts) : DashboardPageModel(dashboard)
{
    public ChartSpec? Chart { get; private set; }

    /// <summary>Every count in the chart, for the line under it.</summary>
    public long Total => Chart is null ? 0 : (long)Chart.Series.Sum(s => s.Values.Sum(v => v ?? 0));

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        Chart = await charts.BuildAsync("explore", Parameters);
        return null;
    });
}
