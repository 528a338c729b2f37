using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core;

/// <summary>
/// Brings a database to the state every front end expects: migrated, reference tables in step with data/reference,
/// and (when asked) the bundled real data loaded. Shared by the web app's start-up, the CLI and the tests.
/// </summary>
public static class OutOfCourtSetup
{
    public static async Task<ReferenceData> PrepareAsync(string databasePath, string dataDirectory, bool loadBundled,
        IImportProgress? progress = null, CancellationToken ct = default)
    {
        await OutOfCourtDatabase.MigrateAsync(databasePath, ct);
        await using var connection = OutOfCourtDatabase.Open(databasePath);
        var refs = ReferenceSync.Sync(connection, new ReferenceFiles(dataDirectory));
        if (loadBundled && !BundledData.IsLoaded(connection, dataDirectory))
        {
            var run = await BundledData.LoadAsync(connection, refs, dataDirectory, progress, ct);
            if (!run.Succeeded)
                throw new InvalidDataException("the bundled data did not load: " +
                    string.Join("; ", run.Files.Where(f => f.Status == FileStatus.Rejected)
                        .Select(f => $"{f.File}: {f.Message} {string.Join(" ", f.Problems.Take(3))}")));
        }
        return refs;
    }
}
