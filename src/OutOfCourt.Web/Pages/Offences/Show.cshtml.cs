using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>One offence category (or one Home Office code or crime type): which forces resolve it by community resolution, and the trend.</summary>
public sealed class ShowModel(Dashboard dashboard, NamedCharts charts) : DashboardPageModel(dashboard)
{
    public string? Name { get; private set; }
    public string? Description { get; private set; }
    public bool? Serious { get; private set; }
    public ChartSpec? ByForce { get; private set; }
    public ChartSpec? Trend { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> Suggestions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string slug) => RenderAsync(async () =>
    {
        var refs = Dashboard.Refs;
        if (refs.CategoryBySlug.TryGetValue(slug, out var category))
        {
            Name = category.Name;
            Description = category.Description;
            var s = refs.CategorySeriousness(category.Id, Dataset!.Dataset.OffenceScheme);
            Serious = s.All ? true : s.Any ? null : false;
        }
        else if (Dashboard.Queries.FindOffence(slug, Dataset!.Dataset.OffenceScheme) is { } offence)
        {
            Name = offence.Scheme == OffenceSchemes.HomeOffice ? $"{offence.Name} (Home Office code {offence.Code})" : offence.Name;
            Description = $"{refs.CategoryOf(offence.Id).Name} category.";
            Serious = refs.Policy.IsSerious(offence);
            slug = offence.Code;
        }
        else
        {
            Suggestions = Suggest(slug, refs.Categories.Select(c => (c.Slug, c.Name))
                .Concat(refs.OffencesOf(OffenceSchemes.HomeOffice).Select(o => (o.Code, $"{o.Code} {o.Name}"))));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var forOffence = Parameters.With(offence: slug);
        Trend = await charts.BuildAsync("trend", forOffence);
        ByForce = await charts.BuildAsync("ranking", forOffence);
        return null;
    });
}
