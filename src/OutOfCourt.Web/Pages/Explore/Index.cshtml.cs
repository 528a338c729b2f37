using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Explore;

/// <summary>Any filter, any grouping: the researcher's page. Chart and table show the same grouped rows.</summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public ChartSpec? Chart { get; private set; }

    /// <summary>Every count in the chart, for the line under it.</summary>
    public long Total => Chart is null ? 0 : (long)Chart.Series.Sum(s => s.Values.Sum(v => v ?? 0));

    /// <summary>The command that prints the same numbers, for the line under the chart.</summary>
    public string CliCommand
    {
        get
        {
            var p = Parameters;
            return $"outofcourt query --dataset {Dataset!.Dataset.Key}" + (p.Forces.Count > 0 ? " --force " + string.Join(",", p.Forces) : "") +
                   (p.Offence is { } o ? $" --offence \"{o}\"" : "") + (p.From is { } f ? $" --from {f}" : "") + (p.To is { } t ? $" --to {t}" : "") +
                   (p.Outcome is { } oc ? $" --outcome {oc}" : "") + (p.Serious ? " --serious" : "") + $" --by {ExploreChart.ByOf(p).Name()},serious";
        }
    }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async context =>
    {
        Chart = await ChartCatalogue.Explore.BuildAsync(Queries, context);
        return null;
    });
}
