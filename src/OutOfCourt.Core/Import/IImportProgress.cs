namespace OutOfCourt.Core.Import;

/// <summary>Told about an import as it goes; the CLI draws a progress bar or logs lines from it.</summary>
public interface IImportProgress
{
    void FileStarted(ImportSource source, FileFormat format);
    void RowsRead(ImportSource source, long rows, long bytes);
    void FileFinished(FileImportResult result);
}
