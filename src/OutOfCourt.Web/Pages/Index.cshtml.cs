using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages;

/// <summary>Overview: the latest headline of each dataset, the national trend, and the forces that use community resolutions most.</summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public List<Headline> Headlines { get; } = [];
    public ChartSpec? Trend { get; private set; }
    public ChartSpec? TopForces { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async context =>
    {
        foreach (var summary in Datasets)
            if (await Headline.ReadAsync(Queries, summary) is { } h) Headlines.Add(h);
        Trend = await ChartCatalogue.Trend.BuildAsync(Queries, context);
        TopForces = await ChartCatalogue.Ranking.BuildAsync(Queries, context.With(year: context.Summary.LastYear!.Value, top: 10));
        return null;
    });
}
