namespace OutOfCourt.Core.Import;

public sealed class NoProgress : IImportProgress
{
    public static readonly NoProgress Instance = new();
    public void FileStarted(ImportSource source, FileFormat format) { }
    public void RowsRead(ImportSource source, long rows, long bytes) { }
    public void FileFinished(FileImportResult result) { }
}
