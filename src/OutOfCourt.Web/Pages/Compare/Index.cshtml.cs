using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Compare;

/// <summary>Forces ranked by a chosen measure for a chosen year, and their rates that year.</summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver, RateQuery rateQuery) : DashboardPageModel(queries, resolver)
{
    public ChartSpec? Ranking { get; private set; }
    /// <summary>Every force's community resolutions per 1,000 recorded crimes and share of all outcomes in the ranked year.</summary>
    public RateResult? Rates { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async context =>
    {
        var year = context.With(year: Parameters.From ?? context.Summary.LastYear!.Value);
        Ranking = await ChartCatalogue.Ranking.BuildAsync(Queries, year);
        Rates = await rateQuery.RunAsync(year.Filter with { Outcome = null });
        return null;
    });
}
