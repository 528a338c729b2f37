using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Sentences;

/// <summary>The sentences pages write beside their charts: an offence's seriousness, a headline's coverage.</summary>
public static class PageSentences
{
    /// <summary>An offence page's word on the policy: all of it flagged (true), part of it (null) or none (false).</summary>
    public static string Seriousness(bool? serious) => serious switch
    {
        true => "The seriousness policy flags it as serious ▲.",
        null => "The seriousness policy flags part of it as serious ▲.",
        _ => "The seriousness policy does not flag it as serious.",
    };

    /// <summary>How many forces an overview card counts, and whether some have part of the year only.</summary>
    public static string HeadlineForces(int forces, bool partial) =>
        $"{forces} {(forces == 1 ? "force" : "forces")}{(partial ? ", some with part of the year only" : "")}";

    /// <summary>A force with no row in the forces table: not loaded in this dataset for the year, or loaded with no outcomes.</summary>
    public static string ForceRowGap(bool covered, string dataset) =>
        covered ? "no outcomes recorded" : $"not in this data: no {dataset} files for this force and year are loaded";

    /// <summary>"Data.police.uk street records: newest data: December 2016, ten years old." The figures' age, on every page.</summary>
    public static string DataAge(DatasetSummary summary, DateOnly today) =>
        $"{summary.Dataset.Name}: {summary.AgePhrase(today)}.";

    /// <summary>An overview card of a dataset that records all offences together: no serious count, and why.</summary>
    public const string HeadlineNoOffenceDetail = "no offence detail in this dataset, so no count for serious offences";

    /// <summary>
    /// An overview card's serious count: exact with Home Office codes; with coarse categories both bounds, each named,
    /// as neither alone is a count of serious offences.
    /// </summary>
    public static string HeadlineSerious(SeriousKind kind, long upper, long lower) => kind == SeriousKind.Exact
        ? $"{Words.Count(upper)} for offences the policy flags as serious"
        : $"{Words.Count(upper)} in categories that include serious offences (upper bound) and {Words.Count(lower)} in categories " +
          "made up entirely of serious offences (lower bound)";
}
