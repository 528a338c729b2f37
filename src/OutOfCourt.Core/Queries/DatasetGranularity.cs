using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// The finest question a dataset can answer, read from its declaration in data/reference/datasets.csv (offence_scheme
/// and period_kind), never from its key: a dataset added later (a Home Office workbook, a researcher's table) is judged
/// by what it declares. Which forces and periods it holds is its coverage (the Slices table), not part of this.
/// </summary>
public sealed record DatasetGranularity(string OffenceScheme, IReadOnlyList<string> OffenceLevels, PeriodKind PeriodKind)
{
    public static DatasetGranularity Of(Dataset dataset) => new(dataset.OffenceScheme, LevelsOf(dataset.OffenceScheme), dataset.PeriodKind);

    /// <summary>The offence levels a scheme resolves, finest first; every scheme also answers the common categories.</summary>
    public static IReadOnlyList<string> LevelsOf(string scheme) => scheme switch
    {
        OffenceSchemes.HomeOffice => ["Home Office offence code", "Home Office offence subgroup", "Home Office offence group", "offence category"],
        OffenceSchemes.PoliceUk => ["data.police.uk crime type", "offence category"],
        OffenceSchemes.None => [],
        _ => [$"its own offence categories ({scheme})", "offence category"],
    };

    /// <summary>What the dataset counts by, in words: "data.police.uk crime type (not Home Office offence code) and calendar month".</summary>
    public string Records => $"{OffenceWords} and {PeriodWords}";

    public string OffenceWords => OffenceScheme switch
    {
        OffenceSchemes.HomeOffice => "Home Office offence code",
        OffenceSchemes.PoliceUk => "data.police.uk crime type (not Home Office offence code)",
        OffenceSchemes.None => "all offences together (no offence detail)",
        _ => $"its own offence categories ({OffenceScheme})",
    };

    public string PeriodWords => PeriodKind switch
    {
        PeriodKind.Month => "calendar month",
        PeriodKind.CalendarYear => "calendar year",
        PeriodKind.FinancialQuarter => "financial-year quarter (April to March years)",
        _ => "financial year (April to March)",
    };

    /// <summary>Whether a question about periods of this kind (e.g. months) can be answered from this dataset's periods.</summary>
    public bool Resolves(PeriodKind asked) => asked switch
    {
        PeriodKind.Month => PeriodKind == PeriodKind.Month,
        PeriodKind.FinancialQuarter => PeriodKind is PeriodKind.FinancialQuarter or PeriodKind.Month,
        // A calendar year needs months; a financial year needs months or quarters.
        PeriodKind.CalendarYear => PeriodKind is PeriodKind.CalendarYear or PeriodKind.Month,
        _ => PeriodKind is PeriodKind.FinancialYear or PeriodKind.FinancialQuarter or PeriodKind.Month,
    };
}
