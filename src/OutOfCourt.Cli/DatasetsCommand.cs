using System.CommandLine;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Cli;

/// <summary>`outofcourt datasets`: what has been imported, and with --coverage the years and periods each force has.</summary>
internal sealed class DatasetsCommand(TextWriter output)
{
    private const string Synopsis = "usage: outofcourt datasets [--db PATH] [--coverage]";

    private const string Details = """
        What has been imported: each dataset with its files, forces, periods and rows, and which one queries use by
        default. --coverage adds, per dataset and force, the years held and the periods missing from each, so gaps
        (such as Greater Manchester's data.police.uk street records stopping after June 2019) are plain to see.
        """;

    private readonly Option<string> _db = Cli.DbOption();
    private readonly Option<bool> _coverage = new("--coverage") { Description = "the years and periods held, per dataset and force" };

    public static Command Create(TextWriter output) => new DatasetsCommand(output).Build();

    private Verb Build()
    {
        var command = new Verb("datasets", "what has been imported: datasets, files, forces, periods, rows", Synopsis, Details) { _db, _coverage };
        command.SetAction((line, _) => RunAsync(line));
        return command;
    }

    private async Task<int> RunAsync(ParseResult line)
    {
        var (path, refs) = await Cli.OpenAsync(line.GetValue(_db));
        await using var model = QueryModel.Open(path, refs, Cli.DefaultDataset);
        var catalog = model.Catalog;
        var summaries = await catalog.SummariesAsync();
        var withData = summaries.Where(s => s.Files > 0).ToList();
        var defaultKey = withData.Count > 0 ? (await catalog.ResolveAsync(null)).Summary.Dataset.Key : null;
        output.WriteLine($"database: {path}");
        output.WriteLine($"{"dataset",-24} {"files",6} {"forces",6} {"periods",-22} {"rows",14}  measure");
        foreach (var s in summaries)
        {
            output.WriteLine($"{s.Dataset.Key,-24} {s.Files,6} {s.Forces,6} {s.YearRange,-22} " +
                $"{s.Rows,14:N0}  {s.Dataset.Measure}{(s.Dataset.Key == defaultKey ? "  [default]" : "")}");
            foreach (var note in s.Notes) output.WriteLine($"{"",24} note: {note}");
        }
        var replaced = await catalog.ReplacedFilesAsync();
        if (replaced > 0) output.WriteLine($"{replaced} earlier file(s) were replaced whole by revised files.");
        if (!line.GetValue(_coverage)) return 0;
        foreach (var s in withData)
        {
            output.WriteLine();
            output.WriteLine($"coverage of {s.Dataset.Key} ({s.Dataset.PeriodKind.Slug()}):");
            foreach (var force in (await catalog.CoverageAsync(s.Dataset)).GroupBy(c => c.ForceId))
            {
                var cells = force.Select(c => c.Full ? s.Dataset.PeriodKind.YearLabel(c.Year)
                    : $"{s.Dataset.PeriodKind.YearLabel(c.Year)} ({c.Periods}/{c.PeriodsPerYear})");
                output.WriteLine($"  {refs.ForceById[force.Key].Name,-38} {string.Join(" ", cells)}");
            }
        }
        return 0;
    }
}
