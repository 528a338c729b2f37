using System.Globalization;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Files already imported and not replaced, by content hash (the earliest of equal ones): re-importing one does
/// nothing. The run adds each file it writes; the outcome join and its writer ask from two threads, hence the lock.
/// </summary>
internal sealed class KnownFiles
{
    private readonly Dictionary<string, KnownFile> _byHash = new();

    /// <summary>
    /// Plain SQL, and only what the "already imported" message needs: compiling an EF Core query here cost more than
    /// many files' import (docs/performance.md, importer decisions).
    /// </summary>
    public static async Task<KnownFiles> LoadAsync(SqliteConnection connection, CancellationToken ct)
    {
        var known = new KnownFiles();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Id, Path, ContentHash, ImportedAt FROM ImportedFiles WHERE ReplacedAt IS NULL ORDER BY Id";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            known._byHash.TryAdd(reader.GetString(2), new KnownFile(reader.GetInt32(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
        return known;
    }

    /// <summary>True, with the file's result marked unchanged, when content with this hash is imported already.</summary>
    public bool MarkIfKnown(string hash, FileImportResult result)
    {
        KnownFile? earlier;
        lock (_byHash) _byHash.TryGetValue(hash, out earlier);
        if (earlier is null) return false;
        result.Status = FileStatus.Unchanged;
        result.Message = $"already imported (same content as file #{earlier.Id}, {earlier.Path}, on {earlier.ImportedAt:yyyy-MM-dd HH:mm}); nothing to do";
        return true;
    }

    public void Add(string hash, ImportedFile file)
    {
        lock (_byHash) _byHash[hash] = new KnownFile(file.Id, file.Path, file.ImportedAt);
    }

    /// <summary>An imported file as the "already imported" message names it; no more, as ten years are ten thousand of them.</summary>
    private sealed record KnownFile(int Id, string Path, DateTimeOffset ImportedAt);
}
