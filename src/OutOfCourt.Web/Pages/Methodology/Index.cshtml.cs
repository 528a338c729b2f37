using Microsoft.AspNetCore.Mvc.RazorPages;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Web.Pages.Methodology;

/// <summary>Sources, definitions, the live seriousness policy and what has been imported.</summary>
public sealed class IndexModel(ReferenceData refs, DatasetCatalog catalog) : PageModel
{
    public ReferenceData Refs => refs;
    public IReadOnlyList<DatasetSummary> Datasets { get; private set; } = [];

    public async Task OnGetAsync() => Datasets = await catalog.SummariesAsync(HttpContext.RequestAborted);
}
