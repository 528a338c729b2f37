using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages;

/// <summary>
/// What every dashboard page shares: its filters read from the query string, the datasets for the dataset picker,
/// the request's context resolved once (<see cref="RequestContext"/>), and one rule for bad input: a clear message on
/// the page with status 400, never a 500.
/// </summary>
public abstract class DashboardPageModel(OutcomeQueryService queries, RequestContextResolver resolver) : PageModel
{
    protected OutcomeQueryService Queries { get; } = queries;
    protected ReferenceData Refs => Queries.Refs;
    public FilterParameters Parameters { get; private set; } = null!;
    public List<string> Problems { get; } = [];
    public IReadOnlyList<DatasetSummary> Datasets { get; private set; } = [];
    public DatasetSummary? Dataset { get; private set; }
    public bool DatasetIsDefault { get; private set; }
    /// <summary>Set when the dataset cannot answer the question: the page shows _Unanswerable instead of any chart, table or sentence.</summary>
    public AnswerabilityVerdict? Unanswerable { get; private set; }

    /// <summary>Reads the filters and resolves the request's context, then runs the page's own work with it; problems become a 400 page.</summary>
    protected async Task<IActionResult> RenderAsync(Func<RequestContext, Task<IActionResult?>> body)
    {
        Parameters = FilterParameters.Read(Request.Query);
        var catalog = Queries.Catalog;
        Datasets = (await catalog.SummariesAsync(HttpContext.RequestAborted)).Where(d => d.Files > 0).ToList();
        Problems.AddRange(Parameters.Errors);
        try
        {
            (Dataset, DatasetIsDefault) = await catalog.ResolveAsync(Parameters.Dataset, HttpContext.RequestAborted);
        }
        catch (QueryException e)
        {
            // An unknown dataset: say so, and offer the form on the default dataset to correct it.
            Problems.Add(Capitalise(e.Message) + ".");
            if (Parameters.Dataset is not null && Datasets.Count > 0)
                (Dataset, DatasetIsDefault) = await catalog.ResolveAsync(null, HttpContext.RequestAborted);
        }
        try
        {
            if (Problems.Count == 0
                && await body(await resolver.ForDatasetAsync(Parameters, Dataset!, DatasetIsDefault, HttpContext.RequestAborted)) is { } result) return result;
        }
        catch (UnanswerableQuestionException e)
        {
            Unanswerable = e.Verdict;
        }
        catch (QueryException e)
        {
            Problems.AddRange(e.Message.Split("; ").Select(m => Capitalise(m) + "."));
        }
        if (Problems.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public string YearLabel(int year) => (Dataset?.Dataset.PeriodKind ?? PeriodKind.CalendarYear).YearLabel(year);

    public IEnumerable<int> DatasetYears =>
        Dataset is { FirstYear: { } first, LastYear: { } last } ? Enumerable.Range(first, last - first + 1) : [];
}
