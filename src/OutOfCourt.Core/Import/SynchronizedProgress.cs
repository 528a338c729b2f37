namespace OutOfCourt.Core.Import;

/// <summary>Parsers on several threads report to one progress display, one call at a time.</summary>
internal sealed class SynchronizedProgress(IImportProgress inner) : IImportProgress
{
    public void FileStarted(ImportSource source, FileFormat format) { lock (this) inner.FileStarted(source, format); }
    public void RowsRead(ImportSource source, long rows, long bytes) { lock (this) inner.RowsRead(source, rows, bytes); }
    public void FileFinished(FileImportResult result) { lock (this) inner.FileFinished(result); }
}
