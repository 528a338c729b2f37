using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Sentences;

/// <summary>
/// The one sentence under each chart's title, written from the chart's numbers and its subject alone (no query, no
/// state), so each can be checked as a table of cases (tests/OutOfCourt.Web.Tests/Sentences).
/// </summary>
public static class ChartSummaries
{
    /// <summary>Community resolutions by year: the change from the first year with data to the last.</summary>
    public static string Trend(ChartSubject s, bool seriousOnly, IReadOnlyList<string> years, IReadOnlyList<double?> totals) =>
        $"Community resolutions{(seriousOnly ? " for serious offences" : "")} {s.Scope} {Words.Change(years, totals)}.";

    /// <summary>
    /// The latest year with data: community resolutions, cautions and outcome 22 side by side, and cautions' change
    /// since the first year with data (null values are gaps).
    /// </summary>
    public static string OutcomesMix(ChartSubject s, IReadOnlyList<string> years, IReadOnlyList<double?> communityResolutions,
        IReadOnlyList<double?> cautions, IReadOnlyList<double?> diversionary)
    {
        var last = communityResolutions.Select((v, i) => (v, i)).LastOrDefault(x => x.v is not null);
        if (last.v is null) return "No outcomes in this period.";
        var i = last.i;
        return $"Community resolutions {s.Scope} in {years[i]}: {Words.Count((long)last.v.Value)}, beside {Words.Count((long)(cautions[i] ?? 0))} cautions " +
               $"and {Words.Count((long)(diversionary[i] ?? 0))} diversionary, educational or intervention outcomes (outcome 22).";
    }

    /// <summary>The offence category with the most community resolutions (null: none), out of them all.</summary>
    public static string ByOffence(ChartSubject s, string? topCategory, long topCount, long total) =>
        topCategory is null ? $"No community resolutions {s.Scope}."
            : $"{topCategory} had the most community resolutions {s.Scope}: {Words.Count(topCount)} of {Words.Count(total)}.";

    /// <summary>The latest year with a share, against all forces' share that year (shares are percentages, null a gap).</summary>
    public static string Share(ChartSubject s, IReadOnlyList<string> years, IReadOnlyList<double?> shares, IReadOnlyList<double?> nationalShares)
    {
        var last = shares.Select((v, i) => (v, i)).LastOrDefault(x => x.v is not null);
        return last.v is null ? "No outcomes in this period."
            : $"In {years[last.i]}, {Words.Percent(last.v.Value)} of {ChartTitles.ShareSeries(s)}'s outcomes{s.OffencePhrase} were community resolutions, " +
              $"against {Words.Percent(nationalShares[last.i] ?? 0)} for all forces.";
    }

    /// <summary>The force ranked first (null: no force has outcomes), with its community resolutions and its outcomes.</summary>
    public static string Ranking(ChartSubject s, RankingMeasure measure, string? first, long communityResolutions, long outcomes) =>
        first is null ? $"No outcomes {s.Scope}."
        : measure == RankingMeasure.Count
            ? $"{first} used community resolutions most {s.Scope}: {Words.Count(communityResolutions)} " +
              $"({Words.Share(communityResolutions, outcomes)} of its outcomes)."
            : $"{first} had the highest share {s.Scope}: {Words.Share(communityResolutions, outcomes)} of {Words.Count(outcomes)} outcomes" +
              $"{(measure == RankingMeasure.SeriousShare ? " for serious offences" : "")} were community resolutions.";

    /// <summary>
    /// Explore's groups (labels and counts, in the order shown): by year, the change over the years; otherwise the
    /// first group, out of the total. <paramref name="what"/> is what is counted ("Outcomes", "Cautions").
    /// </summary>
    public static string Explore(ChartSubject s, string what, bool byYear, IReadOnlyList<string> labels, IReadOnlyList<long> counts, long total) =>
        labels.Count == 0 ? "Nothing matches these filters."
        : byYear ? $"{what} {s.Scope} {Words.Change(labels, counts.Select(c => (double?)c).ToList())}."
        : $"{labels[0]} has the most: {Words.Count(counts[0])} of {Words.Count(total)}.";
}
