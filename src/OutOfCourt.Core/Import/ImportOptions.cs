namespace OutOfCourt.Core.Import;

/// <summary>What an import run is told: how strict to be, and where long-form counts belong.</summary>
public sealed record ImportOptions
{
    /// <summary>How many bad rows a file may have and still land (without them); 0 means any bad row rejects the file.</summary>
    public int MaxErrors { get; init; }
    /// <summary>Long-form files: the dataset they belong to (a key in data/reference/datasets.csv, or a new one described by NewDataset).</summary>
    public string? DatasetKey { get; init; }
    public ColumnMap? Map { get; init; }
    public Domain.Dataset? NewDataset { get; init; }
    /// <summary>A note kept with each imported file, e.g. "partial month".</summary>
    public string? Note { get; init; }
    /// <summary>How many problems to list per file; the rest are counted.</summary>
    public int ProblemsListed { get; init; } = 50;
    /// <summary>Street crimes held in memory at once per core while outcome files are joined (tests make it tiny to force many partitions).</summary>
    internal int CrimesPerPartition { get; init; } = CrimeTypeIndex.EntriesPerPartition;
    /// <summary>
    /// Keep every file's result in <see cref="ImportRunResult.Files"/> (false: only the refused ones, for a caller
    /// that reports each file as it finishes, so a long import does not hold ten thousand results).
    /// </summary>
    public bool KeepFileResults { get; init; } = true;
}
