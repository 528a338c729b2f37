using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Forces;

/// <summary>One force: its trend, the offences it resolves by community resolution, its share against all forces, its rates and its outcome mix.</summary>
public sealed class ShowModel(OutcomeQueryService queries, RequestContextResolver resolver, RateQuery rateQuery) : DashboardPageModel(queries, resolver)
{
    public Force? Force { get; private set; }
    public ChartSpec? Trend { get; private set; }
    public ChartSpec? ByOffence { get; private set; }
    public ChartSpec? Share { get; private set; }
    public ChartSpec? OutcomesMix { get; private set; }
    /// <summary>Community resolutions per 1,000 recorded crimes and as a share of all outcomes, year by year.</summary>
    public RateResult? Rates { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> Suggestions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string slug) => RenderAsync(async context =>
    {
        Force = Refs.FindForce(slug);
        if (Force is null)
        {
            Suggestions = NameSearch.Suggest(slug, Refs.Forces.Select(f => new SearchCandidate(f.Slug, f.Name, $"{f.Name} {f.Aliases} {f.Slug}")));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!string.Equals(Force.Slug, slug, StringComparison.Ordinal))
            return RedirectPermanent(FilterParameters.Link($"/forces/{Force.Slug}", Request.Query));
        var forForce = context.With(force: Force);
        Trend = await ChartCatalogue.Trend.BuildAsync(Queries, forForce);
        // A dataset with no offence detail cannot split by offence (the chart itself answers "this data cannot tell you").
        ByOffence = Core.Domain.OffenceSchemes.HasOffences(forForce.Dataset.OffenceScheme) ? await ChartCatalogue.ByOffence.BuildAsync(Queries,
            forForce) : null;
        Share = await ChartCatalogue.Share.BuildAsync(Queries, forForce);
        // The mix names Home Office outcome types (outcome 22 has no data.police.uk counterpart), all offences together.
        OutcomesMix = forForce.Dataset.OutcomeScheme == Core.Domain.OffenceSchemes.HomeOffice && !forForce.Filter.SeriousOnly
            ? await ChartCatalogue.OutcomesMix.BuildAsync(Queries, forForce) : null;
        Rates = await rateQuery.RunAsync(forForce.Filter with { Outcome = null });
        return null;
    });
}
