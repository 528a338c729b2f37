using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Community resolutions beside the other out-of-court outcomes (cautions, penalty notices, cannabis and khat
/// warnings, outcome 22) and charges, stacked by year, so a fall in one reads against a rise in another (the
/// two-tier framework, docs/methodology.md). Years with no data are gaps.
/// </summary>
public sealed class OutcomesMixChart : Chart
{
    /// <summary>The classes drawn, in stacking order: the out-of-court ones first, charges last.</summary>
    public static readonly IReadOnlyList<string> Classes =
        [OutcomeClass.CommunityResolution, "caution", "penalty-notice", "drugs-warning", "diversionary", "charged"];

    public override string Name => "outcomes-mix";

    /// <summary>One force's page, else the overview.</summary>
    public override string FullView(ChartAddress a) => a.Forces.Count == 1 ? $"/forces/{a.Forces[0]}{a.Keep(drop: ["force", "top"])}" : $"/{a.Query}";

    protected override async Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context)
    {
        var result = await queries.RunAsync(context.Filter with { Outcome = null }, [GroupBy.Year, GroupBy.Outcome]);
        var years = context.Years;
        var coverage = Coverage(context);
        var labels = years.Select(context.YearLabel).ToList();
        var series = Classes.Select(slug => ChartSeries.Plain(queries.Refs.OutcomeClassBySlug[slug].Name,
            years.Select(y => coverage.Covered(y) ? (double?)Sum(result, r => r.Year == y && r.OutcomeClass!.Slug == slug) : null).ToList())).ToList();
        var outOfCourt = years.Select((_, i) => series[0].Values[i] is null ? null
            : (double?)series.Take(Classes.Count - 1).Sum(s => s.Values[i] ?? 0)).ToList();
        return new ChartSpec
        {
            Id = Name, Title = ChartTitles.OutcomesMix(context.Subject), Subtitle = result.Description.Replace("All outcomes",
                "Out-of-court outcomes and charges"),
            Kind = "bar", Stacked = true,
            Summary = ChartSummaries.OutcomesMix(context.Subject, labels, series[0].Values, series[1].Values, series[4].Values),
            Source = ChartNotes.Source(result, context.Summary), CategoryHeading = ChartTitles.YearHeading(context.Dataset.PeriodKind),
            Labels = labels, Series = series,
            Notes = coverage.Notes.Append(ChartNotes.OutcomesMixDefinition).Concat(ChartNotes.Caveats(result.Dataset)).ToList(),
            PolicyVersion = result.PolicyVersion,
            ExtraColumns = [new TableColumn("All out-of-court outcomes", outOfCourt.Select(t => t is null ? "no data" : Words.Count((long)t)).ToList(),
                outOfCourt.Select(t => t is null ? "" : Raw((long)t)).ToList())],
        };
    }
}
