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
        // One force asked for: rank every force and mark that one (a ranking of one force says nothing).
        var chosen = context.Forces.Count == 1 ? context.Forces[0] : null;
        var filter = chosen is null ? context.Filter : context.Filter with { Forces = [] };
        var subject = chosen is null ? context.Subject : context.Subject with { ForceNames = [] };
        var singleYear = filter.YearFrom is { } y && filter.YearTo == y ? context.YearLabel(y) : null;
        var title = ChartTitles.Ranking(subject, measure, singleYear);
        var (result, ranks) = await RankWithResultAsync(queries, filter, measure);
        var shown = p.Top is { } n ? ranks.Take(n).ToList() : ranks;
        var first = shown.Count > 0 ? shown[0] : null;
        var byCount = measure == RankingMeasure.Count;
        double Value(ForceRank r) => byCount ? r.CommunityResolutions : r.Share;
        var rankOf = ranks.Select(r => 1 + ranks.Count(o => Value(o) > Value(r))).ToList();
        TableColumn Resolutions(string heading) =>
            new(heading, shown.Select(r => Words.Count(r.CommunityResolutions)).ToList(), shown.Select(r => Raw(r.CommunityResolutions)).ToList());
        var period = singleYear is not null ? $"in {singleYear}"
            : context.Years.Count == 1 ? $"in {context.YearLabel(context.Years[0])}"
            : context.Years.Count == 0 ? "in these years" : $"from {context.YearLabel(context.Years[0])} to {context.YearLabel(context.Years[^1])}";
        return new ChartSpec
        {
            Id = Name, Title = title, Subtitle = ChartTitles.RankingSubtitle(result.Description, measure),
            Kind = "hbar", Stacked = byCount, Format = byCount ? ValueFormat.Count : ValueFormat.Percent,
            Summary = ChartSummaries.Ranking(subject, measure, first is null ? null : LeaderName(context, first.Force),
                first?.CommunityResolutions ?? 0, first?.Outcomes ?? 0, ChartSummaries.Period(context.YearQualifiers), ranks.Count, context.ForcesKnown),
            Source = ChartNotes.Source(result, context.Summary), CategoryHeading = "Force", Labels = shown.Select(r => r.Force.Name).ToList(),
            Series = byCount
                ? [ChartSeries.AllSerious(result.SeriousKind.Label(), shown.Select(r => (double?)r.SeriousCommunityResolutions).ToList()),
                   ChartSeries.Plain(result.SeriousKind.OtherLabel(),
                       shown.Select(r => (double?)(r.CommunityResolutions - r.SeriousCommunityResolutions)).ToList())]
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
            Ranks = rankOf.Take(shown.Count).ToList(),
            Highlight = shown.Select(r => r.Force.Id == chosen?.Id).ToList(),
            LabelLinks = shown.Select(r => $"/forces/{r.Force.Slug}{(context.DatasetIsDefault ? "" : "?dataset=" + context.Dataset.Key)}").ToList(),
            National = National(ranks, byCount),
            Quote = chosen is null ? null : Quote(queries, chosen, ranks, rankOf, byCount, measure, subject, period),
        };
    }

    /// <summary>All forces with data together: the row under the table, and the line (the average force by count; the national share by share).</summary>
    private static ChartReference? National(IReadOnlyList<ForceRank> ranks, bool byCount)
    {
        if (ranks.Count == 0) return null;
        var resolutions = ranks.Sum(r => r.CommunityResolutions);
        var outcomes = ranks.Sum(r => r.Outcomes);
        var share = outcomes == 0 ? 0 : 100.0 * resolutions / outcomes;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var label = $"All {ranks.Count} forces with data";
        return byCount
            ? new ChartReference(label, Words.Count(resolutions), (double)resolutions / ranks.Count,
                $"Average force: {Words.Count((long)Math.Round((double)resolutions / ranks.Count))}",
                [Words.Count(resolutions), $"{Words.Share(resolutions, outcomes)} of {Words.Count(outcomes)}"],
                [Raw(resolutions), share.ToString("0.###", inv), Raw(outcomes)])
            : new ChartReference(label, $"{Words.Share(resolutions, outcomes)} of {Words.Count(outcomes)}", share,
                $"All forces: {Words.Share(resolutions, outcomes)}", [Words.Count(resolutions)], [Raw(resolutions)]);
    }

    private static string Quote(OutcomeQueryService queries, Force chosen, IReadOnlyList<ForceRank> ranks, List<int> rankOf, bool byCount,
        RankingMeasure measure, ChartSubject subject, string period)
    {
        var i = ranks.ToList().FindIndex(r => r.Force.Id == chosen.Id);
        var ids = ranks.Select(r => r.Force.Id).ToHashSet();
        var refs = queries.Refs;
        var coverage = ids.Count == refs.Forces.Count ? RankingCoverage.AllForces
            : ids.SetEquals(refs.Forces.Where(f => f.Nation is "England" or "Wales").Select(f => f.Id)) ? RankingCoverage.TerritorialForces
            : RankingCoverage.ForcesWithData;
        var byWhat = measure switch
        {
            RankingMeasure.Count => $"number of community resolutions{subject.OffencePhrase}",
            RankingMeasure.Share => $"share of outcomes{subject.OffencePhrase} that were community resolutions",
            _ => $"share of outcomes for serious offences{subject.OffencePhrase} that were community resolutions",
        };
        return RankingSentences.Ranked(chosen.Name, i < 0 ? null : rankOf[i], i >= 0 && rankOf.Count(r => r == rankOf[i]) > 1,
            ranks.Count, coverage, byWhat, period);
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
