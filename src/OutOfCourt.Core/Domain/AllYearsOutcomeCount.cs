namespace OutOfCourt.Core.Domain;

/// <summary>
/// The yearly roll-up summed over every year, force by force: what a question by force over a dataset's whole span
/// reads (the ranking of forces without a year, the API's counts by force). Ten years of forces are 90,000 yearly
/// rows but 9,000 of these. Kept by the import writer like the other roll-ups, slice by slice, in the file's
/// transaction (see ImportWriter.MoveRollUpsAsync).
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
