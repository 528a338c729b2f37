using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Endpoints;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Embed;

/// <summary>One chart alone, for an iframe on another site: same query string as the chart's page, framable, resizes its host.</summary>
public sealed class ShowModel(NamedCharts charts) : PageModel
{
    public ChartSpec? Chart { get; private set; }
    public string? Problem { get; private set; }
    public string FullView { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string name)
    {
        try
        {
            Chart = await charts.BuildAsync(name, FilterParameters.Read(Request.Query));
            FullView = $"{Request.Scheme}://{Request.Host}{ChartEndpoints.FullView(Chart)}";
        }
        catch (QueryException e)
        {
            Problem = e.Message;
            Response.StatusCode = NamedCharts.Names.Contains(name) ? 400 : 404;
            return Page();
        }
        return await HttpCaching.NotModifiedAsync(HttpContext) ? new StatusCodeResult(304) : Page();
    }
}
