using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Forces;

/// <summary>One force: its trend, the offences it resolves by community resolution, and its share against all forces.</summary>
public sealed class ShowModel(Dashboard dashboard, NamedCharts charts) : DashboardPageModel(dashboard)
{
    public Force? Force { get; private set; }
    public ChartSpec? Trend { get; private set; }
    public ChartSpec? ByOffence { get; private set; }
    public ChartSpec? Share { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> Suggestions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string slug) => RenderAsync(async () =>
    {
        Force = Dashboard.Refs.FindForce(slug);
        if (Force is null)
        {
            Suggestions = Suggest(slug, Dashboard.Refs.Forces.Select(f => (f.Slug, f.Name)));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!string.Equals(Force.Slug, slug, StringComparison.Ordinal))
            return RedirectPermanent(FilterParameters.Link($"/forces/{Force.Slug}", Request.Query));
        var forForce = Parameters.With(force: Force.Slug);
        Trend = await charts.BuildAsync("trend", forForce);
        ByOffence = await charts.BuildAsync("by-offence", forForce);
        Share = await charts.BuildAsync("share", forForce);
        return null;
    });
}
