using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Sentences;

/// <summary>
/// The one sentence under each chart's title, written from the chart's numbers and its subject alone (no query, no
/// state), so each can be checked as a table of cases (tests/OutOfCourt.Web.Tests/Sentences). Each sentence carries
/// what a reader needs to repeat it: part years, the serious base, the dataset when not the default.
/// </summary>
public static class ChartSummaries
{
    /// <summary>Community resolutions by year: the change between whole years; a part year is named as such, never compared.</summary>
    public static string Trend(ChartSubject s, IReadOnlyList<YearQualifier> years, IReadOnlyList<double?> totals) =>
        $"Community resolutions{s.SeriousPhrase} {s.Scope} {Words.Change(years, totals)}{s.DatasetClause}.";

    /// <summary>The offence category with the most community resolutions (null: none), out of them all, over <paramref name="period"/>.</summary>
    public static string ByOffence(ChartSubject s, string? topCategory, long topCount, long total, string period) =>
        topCategory is null ? $"No community resolutions{s.SeriousPhrase} {s.Scope} {period}{s.DatasetClause}."
            : $"{topCategory} had the most community resolutions{s.SeriousPhrase} {s.Scope} {period}: " +
              $"{Words.Count(topCount)} of {Words.Count(total)}{s.DatasetClause}.";

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


    /// <summary>
    /// The latest year with a share, against the forces in the data that year (shares are percentages, null a gap);
    /// <paramref name="others"/> names them: "all forces", or "the 2 forces in this data".
    /// </summary>
    public static string Share(ChartSubject s, IReadOnlyList<YearQualifier> years, IReadOnlyList<double?> shares, IReadOnlyList<double?> nationalShares,
        string others = "all forces")
    {
        var last = shares.Select((v, i) => (v, i)).LastOrDefault(x => x.v is not null);
        return last.v is null ? $"No outcomes in this period{s.DatasetClause}."
            : $"In {years[last.i].Label}, {Words.Percent(last.v.Value)} of {ChartTitles.ShareSeries(s)}'s outcomes{s.OffencePhrase}{s.SeriousPhrase} " +
              $"were community resolutions, against {Words.Percent(nationalShares[last.i] ?? 0)} for {others}{s.DatasetClause}.";
    }

    /// <summary>
    /// The force ranked first (null: no force has outcomes), with its community resolutions and its outcomes, among
    /// <paramref name="ranked"/> forces of <paramref name="known"/> (fewer: the sentence says how many are in the data).
    /// </summary>
    public static string Ranking(ChartSubject s, RankingMeasure measure, string? first, long communityResolutions, long outcomes, string period,
        int ranked, int known)
    {
        if (first is null) return $"No outcomes{s.SeriousPhrase} {s.Scope} {period}{s.DatasetClause}.";
        var among = ranked < known ? $"Of the {ranked} {(ranked == 1 ? "force" : "forces")} in this data, " : "";
        var scope = among.Length > 0 ? s.OffencePhrase.Trim() : s.Scope;
        var where = (scope.Length > 0 ? " " + scope : "") + " " + period;
        var seriousBase = measure == RankingMeasure.SeriousShare && s.Serious is null ? " for serious offences" : s.SeriousPhrase;
        return measure == RankingMeasure.Count
            ? $"{among}{first} used community resolutions{s.SeriousPhrase} most{where}: {Words.Count(communityResolutions)}" +
              (s.Serious is null ? $" ({Words.Share(communityResolutions, outcomes)} of its outcomes)"
                  : $", {Words.Share(communityResolutions, outcomes)} of its outcomes{s.SeriousPhrase}") + $"{s.DatasetClause}."
            : $"{among}{first} had the highest share{where}: {Words.Share(communityResolutions, outcomes)} of {Words.Count(outcomes)} outcomes" +
              $"{seriousBase} were community resolutions{s.DatasetClause}.";
    }

    /// <summary>
    /// Explore's groups (labels and counts): by year, the change between whole years; otherwise the largest group, out
    /// of the total, over <paramref name="period"/>. <paramref name="what"/> is what is counted ("Outcomes", "Cautions").
    /// </summary>
    public static string Explore(ChartSubject s, string what, IReadOnlyList<YearQualifier>? years, IReadOnlyList<string> labels, IReadOnlyList<long> counts,
        long total, string period)
    {
        if (labels.Count == 0) return "Nothing matches these filters.";
        if (years is not null) return $"{what}{s.SeriousPhrase} {s.Scope} {Words.Change(years, counts.Select(c => (double?)c).ToList())}{s.DatasetClause}.";
        var top = counts.Select((c, i) => (c, i)).MaxBy(x => x.c).i;
        return $"{labels[top]} has the most {Words.Lower(what)}{s.SeriousPhrase} {s.Scope} {period}: {Words.Count(counts[top])} of " +
            $"{Words.Count(total)}{s.DatasetClause}.";
    }

    /// <summary>"in 2016 (December only)" or "from 2012 to 2016": the years a chart not drawn by year covers.</summary>
    public static string Period(IReadOnlyList<YearQualifier> years)
    {
        var recorded = years.Where(y => y.Recorded && y.HasData).ToList();
        if (recorded.Count == 0) return years.Count == 0 ? "" : $"in {years[0].Label}";
        return recorded.Count == 1 ? $"in {recorded[0].Label}" : $"from {recorded[0].Label} to {recorded[^1].Label}";
    }
}
