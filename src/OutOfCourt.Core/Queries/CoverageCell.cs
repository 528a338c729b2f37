namespace OutOfCourt.Core.Queries;

/// <summary>How many periods of one force and year a dataset has (12 months make a full calendar year of monthly data).</summary>
public sealed record CoverageCell(int ForceId, int Year, int Periods, int PeriodsPerYear)
{
    /// <summary>The first and last period held (months 1 to 12, quarters 1 to 4), so a sentence can say "December only".</summary>
    public int FirstPeriod { get; init; }
    public int LastPeriod { get; init; }

    public bool Full => Periods >= PeriodsPerYear;
}
