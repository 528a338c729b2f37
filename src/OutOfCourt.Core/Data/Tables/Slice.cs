namespace OutOfCourt.Core.Data.Tables;

/// <summary>
/// One force and period of one dataset, as supplied by one file. It records coverage (a period with a slice has
/// data, even if every count is zero; a period without one is a gap) and is the unit a revised file replaces.
/// </summary>
public sealed class Slice
{
    public int Id { get; set; }
    public int DatasetId { get; set; }
    public int ForceId { get; set; }
    public int Year { get; set; }
    public int Period { get; set; }
    public int ImportedFileId { get; set; }
    public long Rows { get; set; }
}
