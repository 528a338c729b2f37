using System.Globalization;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Sentences;

/// <summary>
/// One year as a sentence must name it: its label with what a reader needs to repeat it ("2016 (December only)",
/// "2013 (from May, when the category began)"), whether it is a whole year that can be compared with another, and
/// whether the offence asked for was recorded at all that year (a category that did not exist yet is not a zero).
/// </summary>
public sealed record YearQualifier(int Year, string Label, bool Full, bool Recorded, bool HasData = true)
{
    /// <summary>
    /// The qualifiers of <paramref name="years"/>: <paramref name="cells"/> is the coverage of the forces asked for
    /// (every force's when none was), <paramref name="inUse"/> when the crime type or category asked for was in use
    /// (null: no limit known).
    /// </summary>
    public static IReadOnlyList<YearQualifier> For(PeriodKind kind, IReadOnlyList<int> years, IReadOnlyList<CoverageCell> cells,
        ((int Year, int Month)? From, (int Year, int Month)? To)? inUse = null)
    {
        var label = (int y) => kind.YearLabel(y);
        var result = new List<YearQualifier>();
        foreach (var year in years)
        {
            var (first, last) = MonthsOf(kind, year);
            var from = inUse?.From is { } f ? f.Year * 12 + f.Month : int.MinValue;
            var to = inUse?.To is { } t ? t.Year * 12 + t.Month : int.MaxValue;
            if (to < first || from > last)
            {
                result.Add(new(year, label(year), false, false));
                continue;
            }
            var notes = new List<string>();
            if (from > first) notes.Add($"from {MonthName(from)}, when the category began");
            if (to < last) notes.Add($"to {MonthName(to)}, when the category ended");
            var yearCells = cells.Where(c => c.Year == year).ToList();
            if (yearCells.Count == 0)
            {
                result.Add(new(year, label(year), false, true, HasData: false));
                continue;
            }
            var partial = yearCells.Where(c => !c.Full).ToList();
            var forces = yearCells.Select(c => c.ForceId).Distinct().Count();
            if (partial.Count > 0 && forces == 1) notes.Add(Periods(kind, partial[0]));
            else if (partial.Count > 0) notes.Add($"part of the year for {partial.Count} of {forces} forces");
            result.Add(new(year, notes.Count == 0 ? label(year) : $"{label(year)} ({string.Join("; ", notes)})", notes.Count == 0, true));
        }
        return result;
    }

    /// <summary>"December only", "May to December only", "7 of 12 months", "Q1 only".</summary>
    public static string Periods(PeriodKind kind, CoverageCell cell)
    {
        var contiguous = cell.FirstPeriod > 0 && cell.LastPeriod - cell.FirstPeriod + 1 == cell.Periods;
        string Name(int p) => kind == PeriodKind.Month ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(p) : $"Q{p}";
        if (contiguous && cell.Periods == 1) return $"{Name(cell.FirstPeriod)} only";
        if (contiguous) return $"{Name(cell.FirstPeriod)} to {Name(cell.LastPeriod)} only";
        return $"{cell.Periods} of {cell.PeriodsPerYear} {(kind == PeriodKind.Month ? "months" : "quarters")}";
    }

    /// <summary>The months a year of this kind spans, as year*12+month.</summary>
    private static (int First, int Last) MonthsOf(PeriodKind kind, int year) =>
        kind.IsFinancial() ? (year * 12 + 4, (year + 1) * 12 + 3) : (year * 12 + 1, year * 12 + 12);

    private static string MonthName(int monthIndex)
    {
        var (y, m) = ((monthIndex - 1) / 12, (monthIndex - 1) % 12 + 1);
        return $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {y}";
    }
}
