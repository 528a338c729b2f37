namespace OutOfCourt.Core.Data.Tables;

/// <summary>
/// The fact table summed over the periods of each year: what every grouped query reads (none of them group by
/// month or quarter), a twelfth of the rows for monthly data. Kept by the import, in the same transaction as the
/// cells it sums (Import/RollUpDeltas.cs); the detail download still reads <see cref="OutcomeCount"/>.
/// </summary>
public sealed class YearlyOutcomeCount
{
    public int DatasetId { get; set; }
    public int ForceId { get; set; }
    public int Year { get; set; }
    public int OffenceId { get; set; }
    public int OutcomeId { get; set; }
    public long Count { get; set; }
    /// <summary>How many cells of <see cref="OutcomeCount"/> this row sums: a row summing none is removed.</summary>
    public int Cells { get; set; }
}
