using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>One offence category (or one Home Office code or crime type): which forces resolve it by community resolution, and the trend.</summary>
public sealed class ShowModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public string? Name { get; private set; }
    public string? Description { get; private set; }
    public bool? Serious { get; private set; }
    public ChartSpec? ByForce { get; private set; }
    public ChartSpec? Trend { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> Suggestions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string slug) => RenderAsync(async context =>
    {
        var refs = Refs;
        var scheme = context.Dataset.OffenceScheme;
        if (refs.CategoryBySlug.TryGetValue(slug, out var category))
        {
            Name = category.Name;
            Description = category.Description;
            // Judged on the Home Office codes the category holds, as the serious interval is (Robbery: all; Violence: some).
            var s = refs.CategorySeriousness(category.Id, OffenceSchemes.HomeOffice);
            Serious = s.All ? true : s.Any ? null : false;
        }
        else if (Queries.FindOffence(slug, scheme) is { } offence)
        {
            Name = offence.Scheme == OffenceSchemes.HomeOffice ? $"{offence.Name} (Home Office code {offence.Code})" : offence.Name;
            Description = $"{refs.CategoryOf(offence.Id).Name} category.";
            var s = refs.CategorySeriousness(offence.CategoryId, OffenceSchemes.HomeOffice);
            // A crime type is as serious as the Home Office codes its category holds; a Home Office code is flagged or not.
            Serious = offence.Scheme == OffenceSchemes.HomeOffice ? refs.Policy.IsSerious(offence) : s.All ? true : s.Any ? null : false;
            slug = offence.Code;
        }
        else
        {
            Suggestions = new OffenceDirectory(refs).Suggest(slug);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var forOffence = context.With(offence: slug, category: category);
        Trend = await ChartCatalogue.Trend.BuildAsync(Queries, forOffence);
        ByForce = await ChartCatalogue.Ranking.BuildAsync(Queries, forOffence);
        return null;
    });
}
