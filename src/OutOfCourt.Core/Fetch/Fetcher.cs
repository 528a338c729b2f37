using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Fetch;

/// <summary>
/// Keeping up to date: plan what is newer than the database holds (<see cref="FetchPlanner"/>), download each file into
/// the cache (<see cref="Downloads"/>), and import it through the one <see cref="Importer"/>, which replaces a revised
/// force-month whole, skips stop-and-search files and refuses what it cannot read. Every download completes before
/// anything is imported, so an address that fails midway leaves the database as it was.
/// </summary>
public sealed class Fetcher(HttpClient http, SqliteConnection connection, ReferenceData refs)
{
    public Task<FetchPlan> PlanAsync(FetchAddresses addresses, CancellationToken ct = default) =>
        new FetchPlanner(http, connection, addresses).PlanAsync(ct);

    public async Task<FetchResult> RunAsync(FetchPlan plan, string cacheFolder, IFetchProgress progress, IImportProgress importProgress,
        CancellationToken ct = default)
    {
        var downloads = new Downloads(http, progress);
        var files = new List<(FetchItem Item, DownloadedFile File)>();
        foreach (var item in plan.Items)
        {
            var file = await downloads.GetAsync(item, Path.Combine(cacheFolder, item.Folder, item.FileName), ct);
            FetchLog.Append(cacheFolder, item, file);
            files.Add((item, file));
        }
        var result = new FetchResult(plan);
        foreach (var (item, file) in files)
        {
            var options = new ImportOptions { Note = $"fetched from {item.Address} (SHA-256 {file.Sha256})", KeepFileResults = false };
            var run = await new Importer(connection, refs).ImportAsync([file.Path], options, importProgress, ct);
            result.Fetched.Add((item, file, run));
        }
        return result;
    }
}
