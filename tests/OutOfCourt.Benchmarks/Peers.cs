using System.Globalization;
using System.Diagnostics;
using System.Text;

/// <summary>
/// What a researcher would do instead: load the same CSVs into SQLite with the sqlite3 shell's `.import` or with
/// `sqlite-utils insert --csv` (streamed all files in one go, as `cat`ing them would), then run the GROUP BY that
/// answers the overview page: rows by force, crime type, last outcome and year.
/// </summary>
internal static class Peers
{
    private const string StreetColumns = "\"Crime ID\" TEXT, \"Month\" TEXT, \"Reported by\" TEXT, \"Falls within\" TEXT, \"Longitude\" TEXT, " +
                                         "\"Latitude\" TEXT, \"Location\" TEXT, \"LSOA code\" TEXT, \"LSOA name\" TEXT, \"Crime type\" TEXT, " +
                                         "\"Last outcome category\" TEXT, \"Context\" TEXT";
    private const string OutcomeColumns = "\"Crime ID\" TEXT, \"Month\" TEXT, \"Reported by\" TEXT, \"Falls within\" TEXT, \"Longitude\" TEXT, " +
                                          "\"Latitude\" TEXT, \"Location\" TEXT, \"LSOA code\" TEXT, \"LSOA name\" TEXT, \"Outcome type\" TEXT";
    public const string OverviewQuery =
        "SELECT \"Reported by\", \"Crime type\", \"Last outcome category\", substr(\"Month\", 1, 4) AS year, count(*) FROM street GROUP BY 1, 2, 3, 4";

    public static string Describe(string peer) => peer switch
    {
        "sqlite3" => "sqlite3 .import",
        "sqlite-utils" => "sqlite-utils insert --csv",
        _ => throw new ArgumentException($"unknown peer '{peer}'; peers are sqlite3 and sqlite-utils"),
    };

    public sealed record Result(double ImportSeconds, double QuerySeconds, long PeakBytes, long DatabaseBytes)
    {
        public double Seconds => ImportSeconds + QuerySeconds;
    }

    public static async Task<Result> RunAsync(string peer, string db, IReadOnlyList<string> street, IReadOnlyList<string> outcomes)
    {
        Sqlite.Delete(db);
        try
        {
            var (importSeconds, peak) = peer switch
            {
                "sqlite3" => await Sqlite3ImportAsync(db, street, outcomes),
                "sqlite-utils" => await SqliteUtilsImportAsync(db, street, outcomes),
                _ => throw new ArgumentException($"unknown peer '{peer}'"),
            };
            var query = peer == "sqlite3"
                ? await Measured.RunAsync(new ProcessStartInfo("sqlite3", [db, OverviewQuery]))
                : await Measured.RunAsync(new ProcessStartInfo("sqlite-utils", ["query", db, OverviewQuery]));
            if (query.Output.Length == 0) throw new InvalidOperationException($"{peer}: the GROUP BY returned nothing");
            return new Result(importSeconds, query.Seconds, Math.Max(peak, query.PeakBytes), Sqlite.Size(db));
        }
        finally
        {
            Sqlite.Delete(db);
        }
    }

    private static async Task<(double, long)> Sqlite3ImportAsync(string db, IReadOnlyList<string> street, IReadOnlyList<string> outcomes)
    {
        var script = new StringBuilder(".bail on\n");
        script.Append($"CREATE TABLE street({StreetColumns});\nCREATE TABLE outcomes({OutcomeColumns});\n");
        foreach (var f in street) script.Append(CultureInfo.InvariantCulture, $".import --csv --skip 1 '{f}' street\n");
        foreach (var f in outcomes) script.Append(CultureInfo.InvariantCulture, $".import --csv --skip 1 '{f}' outcomes\n");
        var path = db + ".sql";
        await File.WriteAllTextAsync(path, script.ToString());
        try
        {
            var run = await Measured.RunAsync(new ProcessStartInfo("sqlite3", [db, $".read {path}"]));
            return (run.Seconds, run.PeakBytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(double, long)> SqliteUtilsImportAsync(string db, IReadOnlyList<string> street, IReadOnlyList<string> outcomes)
    {
        double seconds = 0;
        long peak = 0;
        foreach (var (table, files) in new[] { ("street", street), ("outcomes", outcomes) })
        {
            var run = await Measured.RunAsync(new ProcessStartInfo("sqlite-utils", ["insert", db, table, "-", "--csv"]), stdin => Concatenate(files, stdin));
            seconds += run.Seconds;
            peak = Math.Max(peak, run.PeakBytes);
        }
        return (seconds, peak);
    }

    /// <summary>All files as one CSV: the first header, then every file's rows.</summary>
    private static async Task Concatenate(IReadOnlyList<string> files, Stream output)
    {
        for (var i = 0; i < files.Count; i++)
        {
            await using var input = File.OpenRead(files[i]);
            if (i > 0)
                while (input.ReadByte() is var b and >= 0 && b != '\n') { } // skip the header line
            await input.CopyToAsync(output);
        }
    }
}
