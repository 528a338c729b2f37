using System.Globalization;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Export;

/// <summary>
/// How old a dataset's newest figures are, in words: "newest data: December 2016, ten years old". The import date says
/// when a file was loaded, not when its figures are from, so every page and source line states this instead.
/// </summary>
public static class DataAge
{
    private static readonly string[] Numbers =
        ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>"December 2016", "2016/17 Q4 (January to March 2017)", "2016/17": the newest period a dataset holds.</summary>
    public static string PeriodName(PeriodKind kind, int year, int period) => kind switch
    {
        PeriodKind.Month => new DateTime(year, Math.Clamp(period, 1, 12), 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        PeriodKind.FinancialQuarter => $"{kind.YearLabel(year)} Q{period} ({QuarterMonths(year, period)})",
        _ => kind.YearLabel(year),
    };

    /// <summary>The last day of the period: the age counts from there.</summary>
    public static DateOnly PeriodEnd(PeriodKind kind, int year, int period) => kind switch
    {
        PeriodKind.Month => new DateOnly(year, Math.Clamp(period, 1, 12), 1).AddMonths(1).AddDays(-1),
        PeriodKind.FinancialQuarter => new DateOnly(year, 4, 1).AddMonths(3 * Math.Clamp(period, 1, 4)).AddDays(-1),
        PeriodKind.FinancialYear => new DateOnly(year + 1, 3, 31),
        _ => new DateOnly(year, 12, 31),
    };

    /// <summary>Years from the period's end to today, to the nearest year (December 2016 is ten years old in December 2026).</summary>
    public static int Years(PeriodKind kind, int year, int period, DateOnly today) =>
        Math.Max(0, (int)Math.Round((today.DayNumber - PeriodEnd(kind, year, period).DayNumber) / 365.25, MidpointRounding.AwayFromZero));

    /// <summary>"newest data: December 2016, ten years old"; under a year old, no age (the period says it).</summary>
    public static string Phrase(PeriodKind kind, int year, int period, DateOnly today)
    {
        var years = Years(kind, year, period, today);
        var age = years switch
        {
            0 => "",
            1 => ", a year old",
            _ => $", {(years < Numbers.Length ? Numbers[years] : years.ToString(CultureInfo.InvariantCulture))} years old",
        };
        return $"newest data: {PeriodName(kind, year, period)}{age}";
    }

    private static string QuarterMonths(int year, int quarter)
    {
        var start = new DateTime(year, 4, 1).AddMonths(3 * (Math.Clamp(quarter, 1, 4) - 1));
        return $"{start.ToString("MMMM", CultureInfo.InvariantCulture)} to {start.AddMonths(2).ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
    }
}
