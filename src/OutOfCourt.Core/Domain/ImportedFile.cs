namespace OutOfCourt.Core.Domain;

/// <summary>One imported file (or zip entry): what it was, what it held, and whether a later revision replaced it.</summary>
public sealed class ImportedFile
{
    public int Id { get; set; }
    public int DatasetId { get; set; }
    public required string Path { get; set; }
    /// <summary>SHA-256 of the content plus the import settings that change its meaning (dataset, column map).</summary>
    public required string ContentHash { get; set; }
    public required string Format { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public long RowsRead { get; set; }
    public long RowsAggregated { get; set; }
    public long RowsRejected { get; set; }
    /// <summary>Outcome events whose crime type was found in street records (outcomes files only).</summary>
    public long RowsJoined { get; set; }
    public string Note { get; set; } = "";
    /// <summary>Set when every slice this file supplied has been replaced by a later file.</summary>
    public DateTimeOffset? ReplacedAt { get; set; }
}
