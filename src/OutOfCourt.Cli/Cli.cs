using System.CommandLine;
using System.CommandLine.Help;
using OutOfCourt.Core;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Cli;

/// <summary>The command line: its verbs parsed by System.CommandLine, and what each kind of failure exits with.</summary>
public static class Cli
{
    private const string Header = """
        outofcourt: community resolutions and other police outcomes, from the official data

        usage: outofcourt <verb> [options]
        """;

    private const string Footer = """
        Run 'outofcourt <verb> --help' for the options of a verb.
        The database is data/local/outofcourt.db unless --db or the OUTOFCOURT_DB environment variable says otherwise.
        """;

    private static readonly string[] Verbs = ["import", "query", "datasets", "fetch"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("community resolutions and other police outcomes, from the official data")
        {
            ImportCommand.Create(error), QueryCommand.Create(output, error), DatasetsCommand.Create(output), FetchCommand.Create(output, error),
        };
        var help = new CommandHelp(Header, Footer);
        root.Options.OfType<HelpOption>().Single().Action = help;
        if (args.Length == 0 || args[0] == "help")
        {
            help.Write(root, output);
            return args.Length == 0 ? 2 : 0;
        }
        var verb = Verbs.Contains(args[0]) ? args[0] : null;
        try
        {
            if (verb is null && !args[0].StartsWith('-') && !args[0].StartsWith('['))
                throw new UsageException($"unknown verb '{args[0]}'; expected import, query, datasets or fetch");
            // No response files: a path that starts with @ is a path.
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Errors.Count > 0 && parsed.Action is not CommandHelp) throw new UsageException(parsed.Errors[0].Message);
            // No Ctrl+C handling of its own: a killed import is rolled back by SQLite, as before.
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine($"Run 'outofcourt {(verb is null ? "" : verb + " ")}--help' for usage.");
            return 2;
        }
        catch (QueryException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException or FormatException
                                       or Core.Import.ImportRefusedException or Core.Data.DatabaseNeedsUpgradeException)
        {
            error.WriteLine($"error: {ImportMessages.Of(e)}");
            return 1;
        }
        catch (Core.Fetch.FetchFailedException e)
        {
            // Offline, an address gone or a download cut off: which address and why; nothing half-written was imported.
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

    /// <summary>The --db option every verb has.</summary>
    internal static Option<string> DbOption() => new("--db")
    {
        HelpName = "PATH", Description = "the SQLite database (default: OUTOFCOURT_DB, else data/local/outofcourt.db)",
    };

    /// <summary>An option that takes a value, read as text: each verb checks it and words what is wrong.</summary>
    internal static Option<string> Valued(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };

    /// <summary>A whole number given as an option's text; null when the option is absent.</summary>
    internal static int? WholeNumber(ParseResult line, Option<string> option)
    {
        var text = line.GetValue(option);
        if (text is null) return null;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new UsageException($"{option.Name}: '{text}' is not a whole number");
    }

    /// <summary>The dataset queries use when none is named and this one has data (else the most current one).</summary>
    internal static string? DefaultDataset => Environment.GetEnvironmentVariable("OUTOFCOURT_DEFAULT_DATASET");

    /// <summary>Opens the database (creating and migrating it if new) and syncs the reference data.</summary>
    internal static async Task<(string Path, Core.Reference.ReferenceData Refs)> OpenAsync(string? dbOption, bool loadBundled = false)
    {
        var path = DataDirectory.DatabasePath(dbOption);
        var refs = await OutOfCourtSetup.PrepareAsync(path, DataDirectory.Locate(), loadBundled);
        return (path, refs);
    }
}
