using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Embed;

/// <summary>One chart alone, for an iframe on another site: same query string as the chart's page, framable, resizes its host.</summary>
public sealed class ShowModel(OutcomeQueryService queries, RequestContextResolver resolver) : PageModel
{
    public ChartSpec? Chart { get; private set; }
    public string? Problem { get; private set; }
    public AnswerabilityVerdict? Unanswerable { get; private set; }
    public string FullView { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string name)
    {
        try
        {
            var context = await resolver.ResolveAsync(FilterParameters.Read(Request.Query), HttpContext.RequestAborted);
            Chart = await ChartCatalogue.Get(name).BuildAsync(queries, context);
            FullView = $"{Request.Scheme}://{Request.Host}{ChartCatalogue.FullView(Chart)}";
        }
        catch (UnanswerableQuestionException e)
        {
            // An answer, not an error: the frame says what the data cannot tell, as the page would.
            Unanswerable = e.Verdict;
            return Page();
        }
        catch (QueryException e)
        {
            Problem = e.Message;
            Response.StatusCode = ChartCatalogue.Find(name) is null ? 404 : 400;
            return Page();
        }
        return await HttpCaching.NotModifiedAsync(HttpContext) ? new StatusCodeResult(304) : Page();
    }
}
