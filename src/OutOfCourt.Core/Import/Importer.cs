using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The one importer: every file, folder and zip goes through here, from the CLI, the web app's first start and the
/// tests. A run reads in the order the data flows: find the files and tell each one's format by its header
/// (<see cref="SourceFinder"/>), parse them (a parser per format: <see cref="FileFormat.All"/>), join outcome events
/// to street crimes (<see cref="OutcomeFiles"/>), land each file whole or not at all (<see cref="FileLanding"/>),
/// and keep the roll-ups in step as the batch commits (<see cref="ImportBatch"/>, <see cref="RollUpDeltas"/>).
/// </summary>
public sealed class Importer(SqliteConnection connection, ReferenceData refs)
{
    public async Task<ImportRunResult> ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress? progress = null,
        CancellationToken ct = default)
    {
        progress = new SynchronizedProgress(progress ?? NoProgress.Instance);
        var clock = Stopwatch.StartNew();
        var run = new ImportRunResult(options.KeepFileResults);
        var opened = OutOfCourtDatabase.EnsureOpen(connection);
        try
        {
            await ImportAsync(paths, options, progress, run, ct);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private async Task ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress progress, ImportRunResult run,
        CancellationToken ct)
    {
        await using var batch = new ImportBatch(connection, refs, result =>
        {
            run.Add(result);
            progress.FileFinished(result);
        });
        try
        {
            await ImportAsync(paths, options, progress, batch, ct);
            await batch.CommitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // Cancelled: the files that landed before stay, the one being written was rolled back to its savepoint.
            await batch.CommitAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress progress, ImportBatch batch,
        CancellationToken ct)
    {
        var longForm = options.Map is null ? default : new LongFormTarget(LongFormDataset.Resolve(connection, refs, options), options.Map);
        var sources = SourceFinder.Find(paths, options);
        var run = new ImportRun(connection, refs, options, progress, batch, await KnownFiles.LoadAsync(connection, ct));

        // Street files first, whatever order they were given in, so outcome events in the same run can be joined to them.
        await new StreetFiles(run).ImportAsync(Readable(sources, FormatStage.PoliceUkStreet), ct);
        await new RowFiles(run, longForm).ImportAsync(
            sources.Where(s => s.Error is not null || s.Format.Stage is not (FormatStage.PoliceUkStreet or FormatStage.PoliceUkOutcomes)), ct);
        await new OutcomeFiles(run).ImportAsync(Readable(sources, FormatStage.PoliceUkOutcomes), ct);
    }

    private static List<ImportSource> Readable(List<ClassifiedSource> sources, FormatStage stage) =>
        sources.Where(s => s.Error is null && s.Format.Stage == stage).Select(s => s.Source).ToList();
}
