namespace OutOfCourt.Core.Import;

/// <summary>One thing wrong with one row: where (file, line, column), what (value) and why.</summary>
public sealed record ImportProblem(string File, long Line, string Column, string Value, string Reason)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: column '{Column}', value '{Value}': {Reason}" : $"{File}: {Reason}";
}

public enum FileStatus { Imported, Unchanged, Rejected, Skipped }

public sealed class FileImportResult
{
    public required string File { get; init; }
    public FileStatus Status { get; set; }
    public FileFormat Format { get; set; }
    public string DatasetKey { get; set; } = "";
    public long Bytes { get; set; }
    public long RowsRead { get; set; }
    public long RowsAggregated { get; set; }
    public long RowsRejected { get; set; }
    /// <summary>Rows left out by rule, not by error: Home Office outcome 0 (not yet assigned) and 1a/2a/3a (subsets of 1/2/3).</summary>
    public long RowsExcludedByRule { get; set; }
    /// <summary>Outcome events whose crime type was found by Crime ID (outcomes files).</summary>
    public long RowsJoined { get; set; }
    public long NegativeCounts { get; set; }
    public int SlicesWritten { get; set; }
    public int SlicesReplaced { get; set; }
    public long FactsWritten { get; set; }
    public int ProblemCount { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    public string Message { get; set; } = "";
    public TimeSpan Elapsed { get; set; }

    /// <summary>Share of outcome events joined to a crime type, for outcomes files.</summary>
    public double? JoinRate => Format == FileFormat.PoliceUkOutcomes && RowsAggregated > 0 ? (double)RowsJoined / RowsAggregated : null;
}

/// <summary>
/// What an import run did: totals over every file, and each file's result (only the refused ones when the caller
/// reports files as they finish and said not to keep them: ten years are ten thousand files).
/// </summary>
public sealed class ImportRunResult(bool keepFiles = true)
{
    public List<FileImportResult> Files { get; } = [];
    public ImportTotals Totals { get; } = new();
    public bool Succeeded => Totals.Refused == 0;
    public TimeSpan Elapsed { get; set; }

    public void Add(FileImportResult result)
    {
        Totals.Add(result);
        if (keepFiles || result.Status == FileStatus.Rejected) Files.Add(result);
    }
}

/// <summary>Sums over the files of an import run, for its summary line.</summary>
public sealed class ImportTotals
{
    public int Files { get; private set; }
    public int Imported { get; private set; }
    public int Unchanged { get; private set; }
    public int Refused { get; private set; }
    public int Skipped { get; private set; }
    public long Bytes { get; private set; }
    public long RowsRead { get; private set; }
    public long RowsAggregated { get; private set; }
    public long RowsRejected { get; private set; }

    public void Add(FileImportResult r)
    {
        Files++;
        switch (r.Status)
        {
            case FileStatus.Imported: Imported++; break;
            case FileStatus.Unchanged: Unchanged++; break;
            case FileStatus.Rejected: Refused++; break;
            case FileStatus.Skipped: Skipped++; break;
        }
        Bytes += r.Bytes;
        RowsRead += r.RowsRead;
        RowsAggregated += r.RowsAggregated;
        RowsRejected += r.RowsRejected;
    }
}

/// <summary>Told about an import as it goes; the CLI draws a progress bar or logs lines from it.</summary>
public interface IImportProgress
{
    void FileStarted(ImportSource source, FileFormat format);
    void RowsRead(ImportSource source, long rows, long bytes);
    void FileFinished(FileImportResult result);
}

public sealed class NoProgress : IImportProgress
{
    public static readonly NoProgress Instance = new();
    public void FileStarted(ImportSource source, FileFormat format) { }
    public void RowsRead(ImportSource source, long rows, long bytes) { }
    public void FileFinished(FileImportResult result) { }
}

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
