using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>Every offence category, with its community resolutions in the chosen dataset and years.</summary>
public sealed class IndexModel(Dashboard dashboard) : DashboardPageModel(dashboard)
{
    public ChartSpec? ByOffence { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        ByOffence = await Dashboard.ByOffenceAsync(Parameters.ToFilter(), "by-offence", "Community resolutions by offence category");
        return null;
    });
}
