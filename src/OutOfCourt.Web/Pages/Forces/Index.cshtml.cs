using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Pages.Forces;

/// <summary>Every force, with its community resolutions in the dataset's latest year, linking to its page.</summary>
public sealed class IndexModel(OutcomeQueryService queries, RequestContextResolver resolver) : DashboardPageModel(queries, resolver)
{
    public IReadOnlyList<ForceRank> Ranks { get; private set; } = [];
    public int Year { get; private set; }
    /// <summary>The year's coverage by force id: a force without any is not loaded, which is not "no outcomes".</summary>
    public IReadOnlyDictionary<int, Core.Queries.CoverageCell> Coverage { get; private set; } = new Dictionary<int, Core.Queries.CoverageCell>();
    public Core.Queries.SeriousKind SeriousKind { get; private set; }

    public Task<IActionResult> OnGetAsync() => RenderAsync(async context =>
    {
        Year = Parameters.From ?? context.Summary.LastYear!.Value;
        Ranks = await ChartCatalogue.Ranking.RankAsync(Queries, context.With(year: Year).Filter, RankingMeasure.Count);
        Coverage = context.Coverage.Where(c => c.Year == Year).ToDictionary(c => c.ForceId);
        SeriousKind = context.SeriousKind;
        return null;
    });
}
