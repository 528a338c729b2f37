using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>Every offence category, with its community resolutions in the chosen dataset and years.</summary>
public sealed class IndexModel(Dashboard dashboard, NamedCharts charts) : DashboardPageModel(dashboard)
{
    public ChartSpec? ByOffence { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        ByOffence = await charts.BuildAsync("by-offence", Parameters);
        return null;
    });
}
