using System.Text.Json;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The real data the project ships in data/ (listed in data/bundled.json), loaded through the same importer as any
/// other file. A marker in Settings records the manifest version, so later starts skip the work.
/// </summary>
public static partial class BundledData
{
    public const string ManifestFile = "bundled.json";
    private const string MarkerKey = "bundled-data-version";

    public static bool IsLoaded(SqliteConnection connection, string dataDirectory)
    {
        var manifest = ReadManifest(dataDirectory);
        var opened = OutOfCourtDatabase.EnsureOpen(connection);
        try
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT Value FROM Settings WHERE Key = $key";
            cmd.Parameters.AddWithValue("$key", MarkerKey);
            return cmd.ExecuteScalar() as string == Version(manifest);
        }
        finally
        {
            if (opened) connection.Close();
        }
    }

    private static string Version(Manifest manifest) => manifest.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<ImportRunResult> LoadAsync(SqliteConnection connection, ReferenceData refs, string dataDirectory,
        IImportProgress? progress = null, CancellationToken ct = default)
    {
        var manifest = ReadManifest(dataDirectory);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = new ImportRunResult();
        var importer = new Importer(connection, refs);
        foreach (var entry in manifest.Imports)
        {
            var options = new ImportOptions
            {
                DatasetKey = entry.Dataset,
                Map = entry.Map is null ? null : ColumnMap.FromDictionary(entry.Map, entry.Wide, entry.WideRest),
                Note = entry.Note,
            };
            var result = await importer.ImportAsync([Path.Combine(dataDirectory, entry.Path)], options, progress, ct);
            foreach (var file in result.Files) run.Add(file);
        }
        run.Elapsed = clock.Elapsed;
        if (run.Succeeded)
        {
            var opened = OutOfCourtDatabase.EnsureOpen(connection);
            try
            {
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = "INSERT INTO Settings (Key, Value) VALUES ($key, $value) ON CONFLICT(Key) DO UPDATE SET Value = excluded.Value";
                cmd.Parameters.AddWithValue("$key", MarkerKey);
                cmd.Parameters.AddWithValue("$value", Version(manifest));
                await cmd.ExecuteNonQueryAsync(ct);
            }
            finally
            {
                if (opened) await connection.CloseAsync();
            }
        }
        return run;
    }

    private static Manifest ReadManifest(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, ManifestFile);
        return JsonSerializer.Deserialize(File.ReadAllText(path), ManifestJson.Default.Manifest)
               ?? throw new InvalidDataException($"{path}: empty manifest");
    }

    /// <summary>Generated code, not reflection: the command line is compiled natively (docs/performance.md).</summary>
    [System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(Manifest))]
    private sealed partial class ManifestJson : System.Text.Json.Serialization.JsonSerializerContext;

    private sealed class Manifest
    {
        public int Version { get; set; }
        public List<ManifestEntry> Imports { get; set; } = [];
    }

    private sealed class ManifestEntry
    {
        public string Path { get; set; } = "";
        public string? Dataset { get; set; }
        public Dictionary<string, string>? Map { get; set; }
        /// <summary>A wide table's outcome columns (column → outcome code), in file order.</summary>
        public Dictionary<string, string>? Wide { get; set; }
        /// <summary>A wide table's column of all outcomes; the remainder lands as "other".</summary>
        public string? WideRest { get; set; }
        public string? Note { get; set; }
    }
}
