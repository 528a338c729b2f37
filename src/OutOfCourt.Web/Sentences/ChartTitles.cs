using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Sentences;

/// <summary>Every chart's title, subtitle qualifier and headings: what the chart shows, for which forces and offence.</summary>
public static class ChartTitles
{
    public static string Trend(ChartSubject s) => For(s, "Community resolutions by year");

    public static string OutcomesMix(ChartSubject s) => For(s, "Community resolutions beside the other out-of-court outcomes and charges");

    public static string ByOffence(ChartSubject s) => "Community resolutions by offence" + (s.Force is null ? "" : $", {s.Force}");

    public static string Share(ChartSubject s) =>
        $"Share of {(s.Force is null ? "outcomes" : s.Force + "'s outcomes")} that were community resolutions" +
        (s.Offence is null ? "" : $", {Words.Lower(s.Offence)}");

    /// <summary>The ranking's title; <paramref name="year"/> is the single year asked for, if one was.</summary>
    public static string Ranking(ChartSubject s, RankingMeasure measure, string? year) => For(s, measure switch
    {
        RankingMeasure.Count => "Forces ranked by number of community resolutions",
        RankingMeasure.Share => "Forces ranked by share of outcomes that were community resolutions",
        _ => "Forces ranked by share of outcomes for serious offences that were community resolutions",
    }) + (year is null ? "" : $", {year}");

    /// <summary>"Outcomes by force", "Cautions by year": <paramref name="outcome"/> is the outcome class asked for.</summary>
    public static string Explore(string? outcome, GroupBy by) => $"{ExploreWhat(outcome)} by {ByName(by)}";

    public static string ExploreWhat(string? outcome) => outcome is null ? "Outcomes" : outcome + "s";

    /// <summary>The share's subtitle: the query's filters in words, naming the share instead of all outcomes.</summary>
    public static string ShareSubtitle(string description) => description.Replace("All outcomes", "Share of outcomes that were community resolutions");

    public static string RankingSubtitle(string description, RankingMeasure measure) =>
        description.Replace("All outcomes", measure == RankingMeasure.Count ? "Community resolutions" : "Share of outcomes that were community resolutions");

    public static string ShareSeries(ChartSubject s) => s.Force ?? "Selected forces";

    public static string RankingSeries(RankingMeasure measure) =>
        measure == RankingMeasure.SeriousShare ? "Share for serious offences" : "Share of all outcomes";

    public static string YearHeading(PeriodKind kind) => kind.IsFinancial() ? "Financial year" : "Year";

    /// <summary>A grouping in words: the Explore page's "Group by" choices and its headings.</summary>
    public static string ByName(GroupBy by) => by switch
    {
        GroupBy.Offence => "offence category",
        GroupBy.Code => "offence (source's own code or crime type)",
        GroupBy.Outcome => "outcome",
        _ => by.Name(),
    };

    public static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string For(ChartSubject s, string title) =>
        title + (s.Offence is null ? "" : $" for {Words.Lower(s.Offence)}") + (s.Force is null ? "" : $", {s.Force}");
}
