using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Export;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Sentences;

/// <summary>What a reader must know beside a chart's numbers: gaps, partial years, caveats, definitions and the source.</summary>
public static class ChartNotes
{
    public const string ShareDefinition =
        "Share = community resolutions ÷ all outcomes recorded (anti-social behaviour, which has no outcome, is left out); the denominator is in the table.";

    public const string OutcomesOnly =
        "Outcomes only: rows the source gives no outcome (anti-social behaviour incidents, and crimes with a blank outcome) are not counted.";

    /// <summary>A dataset that records all offences together: why no serious count is shown, and where to find one.</summary>
    public static string NoOffenceDetail(Dataset dataset) =>
        $"{dataset.Name} records all offences together, with no offence detail, so it cannot say which community resolutions were for " +
        "serious offences. The Home Office outcomes workbooks (by offence code) can: import them (see the methodology), or choose a " +
        "dataset with offence detail.";

    /// <summary>Coarse offence categories: a serious count is a bound, and which one is said with the other's address.</summary>
    public static IEnumerable<string> Caveats(Dataset dataset, SeriousKind kind = SeriousKind.Upper)
    {
        if (dataset.OffenceScheme != OffenceSchemes.PoliceUk) yield break;
        yield return kind == SeriousKind.Lower
            ? "Crime types are coarse: 'serious' here counts categories made up entirely of offences the policy flags (a lower bound: " +
              "every offence counted is serious, but serious offences in mixed categories are left out). Add serious=upper for the upper bound."
            : "Crime types are coarse: 'serious' here counts categories that include offences the policy flags (an upper bound: no serious " +
              "offence is left out, but minor offences of the same categories are counted too). Add serious=lower for the lower bound.";
    }

    /// <summary>
    /// Years with no data (shown as gaps, not zeros) and years with part of the data, then the dataset's notes on its
    /// files. <paramref name="cells"/> is the coverage of the forces asked for; <paramref name="singleForce"/> says
    /// one force was asked for, so a partial year can say how many periods it has.
    /// </summary>
    public static IReadOnlyList<string> Coverage(PeriodKind kind, IReadOnlyList<int> years, IReadOnlyList<CoverageCell> cells, bool singleForce,
        IReadOnlyList<string> fileNotes)
    {
        var byYear = cells.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.ToList());
        var notes = new List<string>();
        var missing = years.Where(y => !byYear.ContainsKey(y)).Select(y => kind.YearLabel(y)).ToList();
        if (missing.Count > 0) notes.Add($"No data for {string.Join(", ", missing)}: shown as a gap, not as zero.");
        foreach (var y in years.Where(byYear.ContainsKey))
        {
            var partial = byYear[y].Where(c => !c.Full).ToList();
            if (partial.Count > 0 && singleForce)
                notes.Add($"{kind.YearLabel(y)}: {partial[0].Periods} of {partial[0].PeriodsPerYear} " +
                          $"{(kind == PeriodKind.Month ? "months" : "quarters")} of data only.");
            else if (partial.Count > 0)
                notes.Add($"{kind.YearLabel(y)}: {partial.Count} force(s) with part of the year only.");
        }
        notes.AddRange(fileNotes);
        return notes;
    }

    /// <summary>Years the crime type or category asked for was not in use: gaps, not zeros (a category began, ended or was renamed).</summary>
    public static IEnumerable<string> NotRecorded(IReadOnlyList<YearQualifier> years, ChartSubject subject)
    {
        var missing = years.Where(y => !y.Recorded).Select(y => y.Label).ToList();
        if (missing.Count > 0 && subject.Offence is { } offence)
            yield return $"{offence} is not a data.police.uk category in {string.Join(", ", missing)}: those years are gaps, not zeros " +
                         "(categories began, ended or were renamed; see the methodology).";
    }

    /// <summary>Under a ranking cut to its first <paramref name="top"/> of <paramref name="ranked"/> forces.</summary>
    public static IEnumerable<string> RankingTop(int? top, int ranked) =>
        top is { } t && ranked > t ? [$"Top {t} of {ranked} forces with outcomes in this period; the full ranking is on the Compare page."] : [];

    /// <summary>The source line under every chart (<see cref="Provenance.SourceLine"/>).</summary>
    /// <summary>What the outcomes-mix chart stacks, and why cautions fall as outcome 22 rises.</summary>
    public const string OutcomesMixDefinition =
        "Out-of-court outcomes are community resolutions, cautions (adult and youth), penalty notices for disorder, cannabis and khat warnings and " +
        "outcome 22 (diversionary, educational or intervention activity); charges and summonses are shown beside them. From 2019/20 many forces " +
        "moved to a two-tier framework (community resolutions and conditional cautions), so simple cautions fall and outcome 22 rises: see the methodology.";

    public static string Source(QueryResult result, DatasetSummary summary) =>
        Provenance.SourceLine(result.Dataset, result.DatasetIsDefault, summary.LastImport, summary.NewestPeriodName);
}
