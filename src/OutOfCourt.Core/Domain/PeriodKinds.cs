namespace OutOfCourt.Core.Domain;

/// <summary>Names and labels of periods. Financial years are labelled "2016/17", calendar years "2016".</summary>
public static class PeriodKinds
{
    public static PeriodKind Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "month" => PeriodKind.Month,
        "calendar-year" => PeriodKind.CalendarYear,
        "financial-quarter" => PeriodKind.FinancialQuarter,
        "financial-year" => PeriodKind.FinancialYear,
        _ => throw new FormatException($"unknown period kind '{text}'; expected month, calendar-year, financial-quarter or financial-year"),
    };

    public static string Slug(this PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "month",
        PeriodKind.CalendarYear => "calendar-year",
        PeriodKind.FinancialQuarter => "financial-quarter",
        _ => "financial-year",
    };

    public static bool IsFinancial(this PeriodKind kind) => kind is PeriodKind.FinancialQuarter or PeriodKind.FinancialYear;

    /// <summary>The label of a year of this kind: 2016 or 2016/17.</summary>
    public static string YearLabel(this PeriodKind kind, int year) =>
        kind.IsFinancial() ? $"{year}/{(year + 1) % 100:00}" : year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many periods make a full year of this kind (for coverage: 12 months, 4 quarters, 1 year).</summary>
    public static int PeriodsPerYear(this PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 12,
        PeriodKind.FinancialQuarter => 4,
        _ => 1,
    };

    public static string PeriodLabel(this PeriodKind kind, int year, int period) => kind switch
    {
        PeriodKind.Month => $"{year}-{period:00}",
        PeriodKind.FinancialQuarter => $"{kind.YearLabel(year)} Q{period}",
        _ => kind.YearLabel(year),
    };

    /// <summary>Parses "2016" or "2016/17" (the second part must follow the first) to the starting year.</summary>
    public static bool TryParseYear(string text, out int year)
    {
        year = 0;
        var t = text.Trim();
        var slash = t.IndexOf('/');
        if (slash < 0) return int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year);
        if (!int.TryParse(t[..slash], out var start) || !int.TryParse(t[(slash + 1)..], out var end)) return false;
        if (end != (start + 1) % 100 && end != start + 1) return false;
        year = start;
        return true;
    }
}
