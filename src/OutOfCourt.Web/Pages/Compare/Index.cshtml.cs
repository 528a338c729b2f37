using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Compare;

/// <summary>Forces ranked by a chosen measure for a chosen year.</summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public ChartSpec? Ranking { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async context =>
    {
        Ranking = await ChartCatalogue.Ranking.BuildAsync(Queries, context.With(year: Parameters.From ?? context.Summary.LastYear!.Value));
        return null;
    });
}
