using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>Every offence category, with its community resolutions in the chosen dataset and years.</summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public ChartSpec? ByOffence { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async context =>
    {
        ByOffence = await ChartCatalogue.ByOffence.BuildAsync(Queries, context);
        return null;
    });
}
