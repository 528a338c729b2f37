namespace OutOfCourt.Core.Import;

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
