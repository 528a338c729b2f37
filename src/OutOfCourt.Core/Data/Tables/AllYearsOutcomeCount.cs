namespace OutOfCourt.Core.Data.Tables;

/// <summary>
/// The yearly roll-up summed over every year, force by force: what a question by force over a dataset's whole span
/// reads (the ranking of forces without a year, the API's counts by force). Ten years of forces are 90,000 yearly
/// rows but 9,000 of these. Kept by the import like the other roll-ups, in the same
/// transaction as the cells it sums (Import/RollUpDeltas.cs).
/// </summary>
public sealed class AllYearsOutcomeCount
{
    public int DatasetId { get; set; }
    public int ForceId { get; set; }
    public int OffenceId { get; set; }
    public int OutcomeId { get; set; }
    public long Count { get; set; }
    /// <summary>How many cells of <see cref="OutcomeCount"/> this row sums: a row summing none is removed.</summary>
    public int Cells { get; set; }
}
