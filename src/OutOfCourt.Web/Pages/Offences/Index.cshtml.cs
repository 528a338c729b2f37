using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>
/// Every offence a reader can ask for (categories, crime types, Home Office codes by group and subgroup), filtered by the
/// search box's words on the server (a plain GET form: no JavaScript needed), with community resolutions by category.
/// </summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public ChartSpec? ByOffence { get; private set; }
    /// <summary>The search box's words, or "" for the whole list.</summary>
    public string Search { get; private set; } = "";
    public IReadOnlyList<SearchCandidate> Categories { get; private set; } = [];
    public IReadOnlyList<SearchCandidate> CrimeTypes { get; private set; } = [];
    public IReadOnlyList<(Offence Offence, SearchCandidate Candidate)> HomeOfficeCodes { get; private set; } = [];
    public int Matches => Categories.Count + CrimeTypes.Count + HomeOfficeCodes.Count;

    public Task<IActionResult> OnGetAsync()
    {
        // The lists come from reference data, so they show even when the filters are wrong.
        Search = (Request.Query["q"].ToString() ?? "").Trim();
        var directory = new OffenceDirectory(Refs);
        var words = NameSearch.QueryWords(Search);
        Categories = directory.Categories.Where(c => NameSearch.Matches(words, c)).ToList();
        CrimeTypes = directory.CrimeTypes.Where(c => NameSearch.Matches(words, c)).ToList();
        HomeOfficeCodes = directory.HomeOfficeCodes.Where(c => NameSearch.Matches(words, c.Candidate)).ToList();
        return RenderAsync(async context =>
        {
            // A dataset with no offence detail has nothing to chart by offence: the lists stay, the chart is left out.
            if (OffenceSchemes.HasOffences(context.Dataset.OffenceScheme)) ByOffence = await ChartCatalogue.ByOffence.BuildAsync(Queries, context);
            return null;
        });
    }
}
