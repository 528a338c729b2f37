namespace OutOfCourt.Core.Import;

/// <summary>For callers that show no progress.</summary>
public sealed class NoProgress : IImportProgress
{
    public static readonly NoProgress Instance = new();
    public void FileStarted(ImportSource source, FileFormat format) { }
    public void RowsRead(ImportSource source, long rows, long bytes) { }
    public void FileFinished(FileImportResult result) { }
}
