using OutOfCourt.Core.Import;

namespace OutOfCourt.Cli;

/// <summary>Passes import progress on and counts the files skipped by reason, so a fetch's summary says what was skipped and why.</summary>
internal sealed class ImportTally(IImportProgress inner) : IImportProgress
{
    public Dictionary<string, int> SkippedBecause { get; } = new(StringComparer.Ordinal);

    public void FileStarted(ImportSource source, FileFormat format) => inner.FileStarted(source, format);

    public void RowsRead(ImportSource source, long rows, long bytes) => inner.RowsRead(source, rows, bytes);

    public void FileFinished(FileImportResult result)
    {
        if (result.Status == FileStatus.Skipped) SkippedBecause[result.Message] = SkippedBecause.GetValueOrDefault(result.Message) + 1;
        inner.FileFinished(result);
    }
}
