namespace OutOfCourt.Core.Data.Tables;

/// <summary>
/// The yearly roll-up summed over every force: what national questions read (the overview, the national line on a
/// force page, explorations without a force filter). A national year of Home Office data is some 60,000 force rows
/// but only a few thousand national ones, so a ten-year national query reads tens of thousands of rows, not
/// millions. Kept by the import in the same transaction as the cells it sums, by adding the change of
/// each slice (Import/RollUpDeltas.cs).
/// </summary>
public sealed class NationalOutcomeCount
{
    public int DatasetId { get; set; }
    public int Year { get; set; }
    public int OffenceId { get; set; }
    public int OutcomeId { get; set; }
    public long Count { get; set; }
    /// <summary>How many cells of <see cref="OutcomeCount"/> this row sums: a row summing none is removed.</summary>
    public int Cells { get; set; }
}
