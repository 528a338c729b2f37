using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>What every stage of one import run shares: the database, the reference data, the options, the batch it writes in.</summary>
internal sealed class ImportRun(SqliteConnection connection, ReferenceData refs, ImportOptions options, IImportProgress progress,
    ImportBatch batch, KnownFiles known)
{
    public SqliteConnection Connection => connection;
    public ReferenceData Refs => refs;
    public ImportOptions Options => options;
    public IImportProgress Progress => progress;
    public ImportBatch Batch => batch;
    public KnownFiles Known => known;
    public FileLanding Landing { get; } = new(refs, batch, known, options);

    /// <summary>A parser of data.police.uk files, one per file, so files can be parsed on every core.</summary>
    public PoliceUkParser PoliceUkParser() => new(refs, options, progress);

    /// <summary>A file is done: reported with the next commit, which is made now when the last is a second old.</summary>
    public async Task FinishAsync(FileImportResult result, CancellationToken ct)
    {
        batch.Finished(result);
        await batch.CommitIfDueAsync(ct);
    }
}
