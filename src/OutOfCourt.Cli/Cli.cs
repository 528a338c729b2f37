using OutOfCourt.Core;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Cli;

public static class Cli
{
    public const string Usage = """
        outofcourt: community resolutions and other police outcomes, from the official data

        usage: outofcourt <verb> [options]

        verbs:
          import     load data.police.uk, Home Office or long-form CSV files, folders and .zip archives
          query      counts grouped by force, offence, year and outcome
          datasets   what has been imported: datasets, files, forces, periods, rows

        Run 'outofcourt <verb> --help' for the options of a verb.
        The database is data/local/outofcourt.db unless --db or the OUTOFCOURT_DB environment variable says otherwise.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var verb = args[0];
        var rest = args[1..];
        try
        {
            return verb switch
            {
                "import" => await ImportCommand.RunAsync(rest, output, error),
                "query" => await QueryCommand.RunAsync(rest, output, error),
                "datasets" => await DatasetsCommand.RunAsync(rest, output, error),
                _ => throw new UsageException($"unknown verb '{verb}'; expected import, query or datasets"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine($"Run 'outofcourt {(verb is "import" or "query" or "datasets" ? verb + " " : "")}--help' for usage.");
            return 2;
        }
        catch (QueryException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException or FormatException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // A locked, read-only or damaged database file: say which file and why, not a stack trace.
            error.WriteLine($"error: the database could not be used ({e.Message.TrimEnd('.')}); check the file given by --db or OUTOFCOURT_DB.");
            return 1;
        }
    }

    /// <summary>The dataset queries use when none is named and this one has data (else the one covering the most force-years).</summary>
    internal static string? DefaultDataset => Environment.GetEnvironmentVariable("OUTOFCOURT_DEFAULT_DATASET");

    /// <summary>Opens the database (creating and migrating it if new) and syncs the reference data.</summary>
    internal static async Task<(string Path, Core.Reference.ReferenceData Refs)> OpenAsync(string? dbOption, bool loadBundled = false)
    {
        var path = DataDirectory.DatabasePath(dbOption);
        var refs = await OutOfCourtSetup.PrepareAsync(path, DataDirectory.Locate(), loadBundled);
        return (path, refs);
    }
}
