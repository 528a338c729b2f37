using System.CommandLine;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Import;

namespace OutOfCourt.Cli;

/// <summary>`outofcourt import`: files, folders and archives into the database, a line per file and a summary on standard error.</summary>
internal sealed class ImportCommand(TextWriter error)
{
    private const string Synopsis = """
        usage: outofcourt import [--db PATH] [--max-errors N] [--note TEXT] PATH...
               outofcourt import [--db PATH] --map ROLE=COLUMN,... --dataset KEY [--dataset-name NAME --period KIND --scheme SCHEME] PATH...
               outofcourt import [--db PATH] --map ROLE=COLUMN,... --wide COLUMN=OUTCOME,... [--wide-rest COLUMN] --dataset KEY PATH...
               outofcourt import [--db PATH] --bundled
        """;

    private const string Details = """
        Loads CSV files, folders of them (recursively) and .zip archives as data.police.uk serves them.
        The format is told from each file's header: data.police.uk street files, data.police.uk outcomes files and
        Home Office crime outcomes files. Each file lands whole or not at all; re-importing the same content does
        nothing; a revised file for the same force and period replaces the earlier one.

        Exit status: 0 when every file landed or was already there, 1 when any file was refused, 2 for wrong usage.
        """;

    private readonly Argument<string[]> _paths = new("PATH") { Arity = ArgumentArity.ZeroOrMore, Description = "files, folders and .zip archives" };
    private readonly Option<string> _db = Cli.DbOption();
    private readonly Option<string> _maxErrors = Cli.Valued("--max-errors", "N",
        "accept a file with up to N bad rows (they are listed and left out); default 0");
    private readonly Option<string> _note = Cli.Valued("--note", "TEXT", "a note kept with each file, e.g. \"partial month\"");
    private readonly Option<bool> _bundled = new("--bundled")
    {
        Description = "load the real data bundled in data/ (data/bundled.json), as the web app does on first start",
    };
    private readonly Option<string> _map = Cli.Valued("--map", "MAP",
        "long-form counts: which column holds what, e.g. year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category; " +
        "roles: force, count, outcome (required); year | month | financial-year [+ quarter]; crime-type | offence-code (optional)");
    private readonly Option<string> _wide = Cli.Valued("--wide", "COLUMN=OUTCOME,...",
        "a wide table: one column per outcome type, melted into rows, e.g. closed_all_t1=1,closed_all_t8=8 (with --map giving force and period)");
    private readonly Option<string> _wideRest = Cli.Valued("--wide-rest", "COLUMN",
        "a wide table's column of all outcomes: what the --wide columns leave of it lands as the outcome 'other'");
    private readonly Option<string> _dataset = Cli.Valued("--dataset", "KEY", "the dataset long-form counts belong to (see data/reference/datasets.csv)");
    private readonly Option<string> _datasetName = Cli.Valued("--dataset-name", "NAME", "the name of a new dataset");
    private readonly Option<string> _period = Cli.Valued("--period", "KIND",
        "a new dataset's periods: month, calendar-year, financial-quarter or financial-year");
    private readonly Option<string> _scheme = Cli.Valued("--scheme", "SCHEME", "a new dataset's offences: police-uk or home-office");

    public static Command Create(TextWriter error) => new ImportCommand(error).Build();

    private Verb Build()
    {
        var command = new Verb("import", "load data.police.uk, Home Office or long-form CSV files, folders and .zip archives", Synopsis, Details)
        {
            _paths, _db, _maxErrors, _note, _bundled, _map, _wide, _wideRest, _dataset, _datasetName, _period, _scheme,
        };
        command.SetAction((line, _) => RunAsync(line));
        return command;
    }

    private async Task<int> RunAsync(ParseResult line)
    {
        var paths = line.GetValue(_paths) ?? [];
        var bundled = line.GetValue(_bundled);
        if (paths.Length == 0 && !bundled) throw new UsageException("give at least one file, folder or .zip to import (or --bundled)");
        var maxErrors = Cli.WholeNumber(line, _maxErrors) ?? 0;
        var map = line.GetValue(_map) is { } m ? ColumnMap.Parse(m, line.GetValue(_wide), line.GetValue(_wideRest)) : null;
        if (map is null && (line.GetValue(_wide) ?? line.GetValue(_wideRest)) is not null)
            throw new UsageException("--wide and --wide-rest need --map ROLE=COLUMN,... for the force and period columns");
        var datasetKey = line.GetValue(_dataset);
        if (map is null && datasetKey is not null) throw new UsageException("--dataset applies to long-form files given with --map");
        var newDataset = NewDataset(line, datasetKey);

        var (path, refs) = await Cli.OpenAsync(line.GetValue(_db));
        error.WriteLine($"database: {path}");
        var progress = new ConsoleProgress(error, interactive: !Console.IsErrorRedirected && error == Console.Error);
        await using var connection = OutOfCourtDatabase.Open(path);
        ImportRunResult run;
        if (bundled)
        {
            run = await BundledData.LoadAsync(connection, refs, Core.DataDirectory.Locate(), progress);
        }
        else
        {
            var options = new ImportOptions
            {
                MaxErrors = maxErrors, Map = map, DatasetKey = datasetKey, NewDataset = newDataset, Note = line.GetValue(_note),
                KeepFileResults = false, // each file's line is printed as it finishes: ten years are ten thousand results
            };
            run = await new Importer(connection, refs).ImportAsync(paths, options, progress);
        }

        var t = run.Totals;
        error.WriteLine(
            $"summary: {t.Files} file(s): {t.Imported} imported, {t.Unchanged} unchanged, {t.Refused} refused, {t.Skipped} skipped; " +
            $"{t.RowsRead:N0} rows read ({t.Bytes / 1e6:N1} MB), {t.RowsAggregated:N0} aggregated, {t.RowsRejected:N0} rejected " +
            $"in {run.Elapsed.TotalSeconds:N2} s ({t.RowsRead / Math.Max(0.001, run.Elapsed.TotalSeconds):N0} rows/s); peak memory " +
                $"{PeakMemoryBytes() / 1e6:N0} MB");
        return run.Succeeded ? 0 : 1;
    }

    /// <summary>The dataset --dataset-name describes, or null when the long-form counts go to a known one.</summary>
    private Dataset? NewDataset(ParseResult line, string? datasetKey)
    {
        if (line.GetValue(_datasetName) is not { } name) return null;
        return new Dataset
        {
            Key = datasetKey ?? throw new UsageException("--dataset-name needs --dataset KEY"),
            Name = name,
            Publisher = "user import",
            Measure = "user",
            PeriodKind = PeriodKinds.Parse(line.GetValue(_period) ?? throw new UsageException("a new dataset needs --period")),
            OffenceScheme = line.GetValue(_scheme) is { } s && s is OffenceSchemes.PoliceUk or OffenceSchemes.HomeOffice ? s
                : throw new UsageException("a new dataset needs --scheme police-uk or home-office"),
        };
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
