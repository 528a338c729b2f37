using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>Community resolutions by year, serious offences apart from the rest, with years of no data as gaps.</summary>
public sealed class TrendChart : Chart
{
    public override string Name => "trend";

    /// <summary>One force's page, else the overview.</summary>
    public override string FullView(ChartAddress a) => a.Forces.Count == 1 ? $"/forces/{a.Forces[0]}{a.Keep(drop: ["force", "top"])}" : $"/{a.Query}";

    protected override async Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context)
    {
        var filter = context.Filter;
        var result = await queries.RunAsync(filter with { Outcome = OutcomeClass.CommunityResolution }, [GroupBy.Year, GroupBy.Serious]);
        var years = context.Years;
        var coverage = Coverage(context);
        // A year not covered, or a probable gap (ProbableGaps), is drawn as a gap, never as 0 or a fall.
        bool Shown(int y) => coverage.Covered(y) && result.ProbableGaps.All(g => g.Year != y);
        var serious = years.Select(y => Shown(y) ? (double?)Sum(result, r => r.Year == y && r.Serious == true) : null).ToList();
        var other = years.Select(y => Shown(y) ? (double?)Sum(result, r => r.Year == y && r.Serious == false) : null).ToList();
        var labels = years.Select(context.YearLabel).ToList();
        // A year the crime type or category was not in use is not a zero: a gap, like a year without data.
        var qualifiers = context.YearQualifiers;
        for (var i = 0; i < years.Count; i++)
            if (!qualifiers[i].Recorded) serious[i] = other[i] = null;
        var series = new List<ChartSeries> { ChartSeries.AllSerious(result.SeriousKind.Label(), serious) };
        if (!filter.SeriousOnly) series.Add(ChartSeries.Plain(result.SeriousKind.OtherLabel(), other));
        var totals = years.Select((_, i) => serious[i] is null ? null : (double?)(serious[i]!.Value + (filter.SeriousOnly ? 0 : other[i]!.Value))).ToList();
        return new ChartSpec
        {
            Id = Name, Title = ChartTitles.Trend(context.Subject), Subtitle = result.Description, Kind = "bar", Stacked = true,
            Summary = ChartSummaries.Trend(context.Subject, qualifiers, totals),
            Source = ChartNotes.Source(result, context.Summary), CategoryHeading = ChartTitles.YearHeading(context.Dataset.PeriodKind),
            Labels = labels, Series = series,
            Notes = coverage.Notes.Concat(GapNotes.For(result.ProbableGaps.DistinctBy(g => g.Year).ToList(), context.Dataset.PeriodKind,
                    context.Forces.Count == 1 ? context.Forces[0].Name : null, "community resolutions"))
                .Concat(ChartNotes.NotRecorded(qualifiers, context.Subject))
                .Concat(ChartNotes.Caveats(result.Dataset, result.SeriousKind)).ToList(), PolicyVersion = result.PolicyVersion,
            ExtraColumns = filter.SeriousOnly ? [] : [new TableColumn("All offences", totals.Select(t => t is null ? "no data" : Words.Count((long)t)).ToList(),
                totals.Select(t => t is null ? "" : Raw((long)t)).ToList())],
        };
    }
}
