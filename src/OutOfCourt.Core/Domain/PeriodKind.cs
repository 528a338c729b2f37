namespace OutOfCourt.Core.Domain;

/// <summary>What a dataset's Year and Period mean (helpers in <see cref="PeriodKinds"/>).</summary>
public enum PeriodKind
{
    /// <summary>Calendar month: Year is the calendar year, Period 1-12.</summary>
    Month = 1,
    /// <summary>Calendar year: Period 0.</summary>
    CalendarYear = 2,
    /// <summary>Financial quarter: Year is the year the financial year starts (2016 = 2016/17), Period 1-4 (Q1 = April-June).</summary>
    FinancialQuarter = 3,
    /// <summary>Financial year: Year as for quarters, Period 0.</summary>
    FinancialYear = 4,
}
