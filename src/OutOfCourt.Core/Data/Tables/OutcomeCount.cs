namespace OutOfCourt.Core.Data.Tables;

/// <summary>The fact table: how many records of one offence got one outcome, for one force and period of one dataset.</summary>
public sealed class OutcomeCount
{
    public long Id { get; set; }
    public int DatasetId { get; set; }
    public int ForceId { get; set; }
    public int Year { get; set; }
    public int Period { get; set; }
    public int OffenceId { get; set; }
    public int OutcomeId { get; set; }
    public long Count { get; set; }
}
