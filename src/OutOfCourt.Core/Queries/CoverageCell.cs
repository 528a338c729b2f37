namespace OutOfCourt.Core.Queries;

/// <summary>How many periods of one force and year a dataset has (12 months make a full calendar year of monthly data).</summary>
public sealed record CoverageCell(int ForceId, int Year, int Periods, int PeriodsPerYear)
{
    public bool Full => Periods >= PeriodsPerYear;
}
