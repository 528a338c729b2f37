using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Import;

namespace OutOfCourt.Cli;

internal static class ImportCommand
{
    private const string Help = """
        usage: outofcourt import [--db PATH] [--max-errors N] [--note TEXT] PATH...
               outofcourt import [--db PATH] --map ROLE=COLUMN,... --dataset KEY [--dataset-name NAME --period KIND --scheme SCHEME] PATH...
               outofcourt import [--db PATH] --bundled

        Loads CSV files, folders of them (recursively) and .zip archives as data.police.uk serves them.
        The format is told from each file's header: data.police.uk street files, data.police.uk outcomes files and
        Home Office crime outcomes files. Each file lands whole or not at all; re-importing the same content does
        nothing; a revised file for the same force and period replaces the earlier one.

        options:
          --db PATH          the SQLite database (default: OUTOFCOURT_DB, else data/local/outofcourt.db)
          --max-errors N     accept a file with up to N bad rows (they are listed and left out); default 0
          --note TEXT        a note kept with each file, e.g. "partial month"
          --bundled          load the real data bundled in data/ (data/bundled.json), as the web app does on first start
          --map MAP          long-form counts: which column holds what, e.g.
                               year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category
                             roles: force, count, outcome (required); year | month | financial-year [+ quarter];
                             crime-type | offence-code (optional)
          --dataset KEY      the dataset long-form counts belong to (see data/reference/datasets.csv)
          --dataset-name, --period (month|calendar-year|financial-quarter|financial-year), --scheme (police-uk|home-office)
                             describe a new dataset

        Exit status: 0 when every file landed or was already there, 1 when any file was refused, 2 for wrong usage.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args,
            new HashSet<string> { "db", "max-errors", "note", "map", "dataset", "dataset-name", "period", "scheme" },
            new HashSet<string> { "help", "bundled" });
        if (line.Has("help")) { output.WriteLine(Help); return 0; }
        if (line.Positional.Count == 0 && !line.Has("bundled")) throw new UsageException("give at least one file, folder or .zip to import (or --bundled)");
        var maxErrors = line.GetInt("max-errors") ?? 0;
        var map = line.Get("map") is { } m ? ColumnMap.Parse(m) : null;
        if (map is null && line.Get("dataset") is not null) throw new UsageException("--dataset applies to long-form files given with --map");
        Dataset? newDataset = null;
        if (line.Get("dataset-name") is { } name)
        {
            newDataset = new Dataset
            {
                Key = line.Get("dataset") ?? throw new UsageException("--dataset-name needs --dataset KEY"),
                Name = name,
                Publisher = "user import",
                Measure = "user",
                PeriodKind = PeriodKinds.Parse(line.Get("period") ?? throw new UsageException("a new dataset needs --period")),
                OffenceScheme = line.Get("scheme") is { } s && s is OffenceSchemes.PoliceUk or OffenceSchemes.HomeOffice ? s
                    : throw new UsageException("a new dataset needs --scheme police-uk or home-office"),
            };
        }

        var (path, refs) = await Cli.OpenAsync(line.Get("db"));
        error.WriteLine($"database: {path}");
        var progress = new ConsoleProgress(error, interactive: !Console.IsErrorRedirected && error == Console.Error);
        await using var connection = OutOfCourtDatabase.Open(path);
        ImportRunResult run;
        if (line.Has("bundled"))
        {
            run = await BundledData.LoadAsync(connection, refs, Core.DataDirectory.Locate(), progress);
        }
        else
        {
            var options = new ImportOptions
            {
                MaxErrors = maxErrors, Map = map, DatasetKey = line.Get("dataset"), NewDataset = newDataset, Note = line.Get("note"),
                KeepFileResults = false, // each file's line is printed as it finishes: ten years are ten thousand results
            };
            run = await new Importer(connection, refs).ImportAsync(line.Positional, options, progress);
        }

        var t = run.Totals;
        error.WriteLine(
            $"summary: {t.Files} file(s): {t.Imported} imported, {t.Unchanged} unchanged, {t.Refused} refused, {t.Skipped} skipped; " +
            $"{t.RowsRead:N0} rows read ({t.Bytes / 1e6:N1} MB), {t.RowsAggregated:N0} aggregated, {t.RowsRejected:N0} rejected " +
            $"in {run.Elapsed.TotalSeconds:N2} s ({t.RowsRead / Math.Max(0.001, run.Elapsed.TotalSeconds):N0} rows/s); peak memory {PeakMemoryBytes() / 1e6:N0} MB");
        return run.Succeeded ? 0 : 1;
    }

    /// <summary>The most memory the process has held at once (VmHWM on Linux), so a national import says what it needed.</summary>
    private static long PeakMemoryBytes()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null
            ? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
