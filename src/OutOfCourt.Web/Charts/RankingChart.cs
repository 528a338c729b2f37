using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Forces ranked by a measure (the measure parameter): community resolutions, their share of outcomes, or their share of
/// outcomes for serious offences; top=N keeps the first N.
/// </summary>
public sealed class RankingChart : Chart
{
    public override string Name => "ranking";

    /// <summary>Compare for one year, else the offence's page, else Compare.</summary>
    public override string FullView(ChartAddress a) =>
        a.SingleYear is { } year ? $"/compare{a.Keep("year", year, "from", "to", "top")}"
        : a.Has("offence") ? $"/offences/{a["offence"]}{a.Keep(drop: ["offence", "top"])}"
        : $"/compare{a.Keep(drop: ["top"])}";

    /// <summary>The measure asked for; throws <see cref="QueryException"/> for one that is not a measure.</summary>
    public static RankingMeasure MeasureOf(FilterParameters p) => p.Measure switch
    {
        null or "count" => RankingMeasure.Count,
        "share" => RankingMeasure.Share,
        "serious-share" => RankingMeasure.SeriousShare,
        var m => throw new QueryException($"'{m}' is not a measure: use count, share or serious-share"),
    };

    /// <summary>Every force with outcomes, ranked; the Forces page lists them.</summary>
    public async Task<IReadOnlyList<ForceRank>> RankAsync(OutcomeQueryService queries, OutcomeFilter filter, RankingMeasure measure) =>
        (await RankWithResultAsync(queries, filter, measure)).Ranks;

    protected override async Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context)
    {
        var p = context.Parameters;
        var measure = MeasureOf(p);
        var filter = context.Filter;
        var subject = context.Subject;
        var title = ChartTitles.Ranking(subject, measure, filter.YearFrom is { } y && filter.YearTo == y ? context.YearLabel(y) : null);
        var (result, ranks) = await RankWithResultAsync(queries, filter, measure);
        var shown = p.Top is { } n ? ranks.Take(n).ToList() : ranks;
        var first = shown.FirstOrDefault();
        var byCount = measure == RankingMeasure.Count;
        TableColumn Resolutions(string heading) =>
            new(heading, shown.Select(r => Words.Count(r.CommunityResolutions)).ToList(), shown.Select(r => Raw(r.CommunityResolutions)).ToList());
        return new ChartSpec
        {
            Id = Name, Title = title, Subtitle = ChartTitles.RankingSubtitle(result.Description, measure),
            Kind = "hbar", Stacked = byCount, Format = byCount ? ValueFormat.Count : ValueFormat.Percent,
            Summary = ChartSummaries.Ranking(subject, measure, first is null ? null : LeaderName(context, first.Force),
                first?.CommunityResolutions ?? 0, first?.Outcomes ?? 0, ChartSummaries.Period(context.YearQualifiers), ranks.Count, context.ForcesKnown),
            Source = ChartNotes.Source(result, context.Summary), CategoryHeading = "Force", Labels = shown.Select(r => r.Force.Name).ToList(),
            Series = byCount
                ? [ChartSeries.AllSerious(result.SeriousKind.Label(), shown.Select(r => (double?)r.SeriousCommunityResolutions).ToList()),
                   ChartSeries.Plain(result.SeriousKind.OtherLabel(), shown.Select(r => (double?)(r.CommunityResolutions - r.SeriousCommunityResolutions)).ToList())]
                : [new ChartSeries(ChartTitles.RankingSeries(measure), shown.Select(r => (double?)r.Share).ToList(),
                    shown.Select(_ => measure == RankingMeasure.SeriousShare).ToList(), shown.Select(r => (long?)r.Outcomes).ToList())],
            Notes = ChartNotes.RankingTop(p.Top, ranks.Count).Concat(ChartNotes.Caveats(result.Dataset, result.SeriousKind)).ToList(),
            PolicyVersion = result.PolicyVersion,
            ExtraColumns = byCount
                ? [Resolutions("All offences"),
                   new TableColumn("Share of outcomes",
                       shown.Select(r => $"{Words.Share(r.CommunityResolutions, r.Outcomes)} of {Words.Count(r.Outcomes)}").ToList(),
                       shown.Select(r => r.Share.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).ToList()),
                   new TableColumn("Outcomes (denominator)", [], shown.Select(r => Raw(r.Outcomes)).ToList(), ExportOnly: true)]
                : [Resolutions("Community resolutions")],
        };
    }

    /// <summary>The first force's name, with its own part years ("Greater Manchester Police (its data: December only)").</summary>
    private static string LeaderName(RequestContext context, Core.Domain.Force force)
    {
        var own = YearQualifier.For(context.Dataset.PeriodKind, context.Years, context.Coverage.Where(c => c.ForceId == force.Id).ToList())
            .Where(q => q.HasData && !q.Full).Select(q => context.Years.Count == 1 ? Inner(q.Label) : q.Label).ToList();
        return own.Count == 0 ? force.Name : $"{force.Name} ({string.Join(", ", own)})";
    }

    /// <summary>"December only" from "2016 (December only)".</summary>
    private static string Inner(string label) => label.IndexOf('(') is var i and >= 0 ? label[(i + 1)..^1] : label;

    private static async Task<(QueryResult Result, IReadOnlyList<ForceRank> Ranks)> RankWithResultAsync(OutcomeQueryService queries, OutcomeFilter filter,
        RankingMeasure measure)
    {
        // Two small questions rather than one large one: outcomes by force and class, and community resolutions by
        // force split by seriousness (seriousness needs every offence; the outcomes do not).
        var scoped = filter with { Outcome = null, SeriousOnly = filter.SeriousOnly || measure == RankingMeasure.SeriousShare };
        var result = await queries.RunAsync(scoped, [GroupBy.Force, GroupBy.Outcome]);
        var resolutions = (await queries.RunAsync(scoped with { Outcome = OutcomeClass.CommunityResolution }, [GroupBy.Force, GroupBy.Serious])).Rows
            .ToLookup(r => r.Force!);
        var ranks = result.Rows.GroupBy(r => r.Force!).Select(g => new ForceRank(g.Key,
                resolutions[g.Key].Sum(r => r.Count),
                resolutions[g.Key].Where(r => r.Serious == true).Sum(r => r.Count),
                g.Where(r => r.OutcomeClass!.IsOutcome).Sum(r => r.Count)))
            .Where(r => r.Outcomes > 0)
            .OrderByDescending(r => measure == RankingMeasure.Count ? r.CommunityResolutions : r.Share)
            .ThenBy(r => r.Force.Name, StringComparer.Ordinal)
            .ToList();
        return (result, ranks);
    }
}
