using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// One force and year: the outcome counted, all outcomes assigned, the recorded crime beside them and the two rates.
/// A rate is null (never 0) when its denominator is not there: a partial year, a force-year the denominators lack,
/// a dataset not by financial year, or an offence filter (recorded crime is not bundled by offence).
/// </summary>
public sealed record RateRow
{
    public required Force Force { get; init; }
    public required int Year { get; init; }
    /// <summary>The outcome counted (community resolutions unless the filter names another class).</summary>
    public required long Count { get; init; }
    /// <summary>Every outcome assigned in the force-year: the denominator of the share, and what a gap rule compares with its neighbours.</summary>
    public required long AllOutcomes { get; init; }
    /// <summary>True when the dataset has every period of the year for the force.</summary>
    public required bool FullYear { get; init; }
    public long? RecordedCrime { get; init; }
    public double? PerThousandRecordedCrimes { get; init; }
    public double? ShareOfAllOutcomes { get; init; }
}
