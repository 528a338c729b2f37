using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Forces;

/// <summary>One force: its trend, the offences it resolves by community resolution, and its share against all forces.</summary>
public sealed class ShowModel(Dashboard dashboard) : DashboardPageModel(dashboard)
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
        var filter = Parameters.ToFilter() with { Forces = [Force.Slug] };
        Trend = await Dashboard.TrendAsync(filter, "trend", $"Community resolutions by {Force.Name}, by year");
        ByOffence = await Dashboard.ByOffenceAsync(filter, "by-offence", $"Community resolutions by {Force.Name}, by offence");
        Share = await Dashboard.ShareTrendAsync(filter, "share", $"Share of {Force.Name}'s outcomes that were community resolutions");
        return null;
    });
}
