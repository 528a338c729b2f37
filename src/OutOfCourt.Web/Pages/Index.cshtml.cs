using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages;

/// <summary>Overview: the latest headline of each dataset, the national trend, and the forces that use community resolutions most.</summary>
public sealed class IndexModel(Dashboard dashboard, NamedCharts charts) : DashboardPageModel(dashboard)
{
    public List<Headline> Headlines { get; } = [];
    public ChartSpec? Trend { get; private set; }
    public ChartSpec? TopForces { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        foreach (var summary in Datasets)
            if (await Dashboard.HeadlineAsync(summary) is { } h) Headlines.Add(h);
        Trend = await charts.BuildAsync("trend", Parameters);
        TopForces = await charts.BuildAsync("ranking", Parameters.With(year: Dataset!.LastYear!.Value, top: 10));
        return null;
    });
}
