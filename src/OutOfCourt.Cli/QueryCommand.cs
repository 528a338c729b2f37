using OutOfCourt.Core.Export;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Cli;

internal static class QueryCommand
{
    private const string Help = """
        usage: outofcourt query [--db PATH] [--dataset KEY] [--force SLUG[,SLUG...]] [--offence CATEGORY|CODE]
                                [--year Y | --from Y --to Y] [--outcome CLASS] [--serious]
                                [--by force,offence,year,outcome,code,serious] [--format csv|json]

        Counts from one dataset, grouped as asked: one row per group, a header row in CSV, the count in the last
        column. Without --dataset the default dataset is used (the one covering the most force-years); which one
        is printed on standard error. Years are calendar years (2016) or, for Home Office datasets, financial
        years (2016 or 2016/17 both mean April 2016 to March 2017).

        --offence takes a category slug (violence-and-sexual-offences), a Home Office code (88A) or a crime type.
        --outcome takes an outcome class, e.g. community-resolution, caution, charged.
        --serious keeps only offences the seriousness policy (data/seriousness-policy.json) flags.
        --by code groups by each source's own offence (Home Office code or data.police.uk crime type);
        --by serious splits flagged from other offences.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args,
            new HashSet<string> { "db", "dataset", "force", "offence", "year", "from", "to", "outcome", "by", "format" },
            new HashSet<string> { "help", "serious" });
        if (line.Has("help")) { output.WriteLine(Help); return 0; }
        if (line.Positional.Count > 0) throw new UsageException($"unexpected argument '{line.Positional[0]}'");
        if (line.Get("year") is not null && (line.Get("from") ?? line.Get("to")) is not null)
            throw new UsageException("give --year or --from/--to, not both");
        var format = line.Get("format") ?? "csv";
        if (format is not ("csv" or "json")) throw new UsageException($"--format must be csv or json, not '{format}'");
        GroupByFromText(line.Get("by"), out var groupBy);

        var filter = new OutcomeFilter
        {
            Dataset = line.Get("dataset"),
            Forces = (line.Get("force") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Offence = line.Get("offence"),
            YearFrom = Year(line, "year") ?? Year(line, "from"),
            YearTo = Year(line, "year") ?? Year(line, "to"),
            Outcome = line.Get("outcome"),
            SeriousOnly = line.Has("serious"),
        };

        var (path, refs) = await Cli.OpenAsync(line.Get("db"));
        await using var model = QueryModel.Open(path, refs, Cli.DefaultDataset);
        var result = await model.Queries.RunAsync(filter, groupBy);
        error.WriteLine($"dataset: {result.Dataset.Key} ({result.Dataset.Name}){(result.DatasetIsDefault ? " [default: the dataset covering the most force-years; choose another with --dataset]" : "")}");
        error.WriteLine($"showing: {result.Description}");
        if (format == "csv") ResultWriters.WriteCsv(result, output);
        else
        {
            using var stdout = new MemoryStream();
            ResultWriters.WriteJson(result, stdout);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
        }
        return 0;
    }

    private static void GroupByFromText(string? text, out IReadOnlyList<GroupBy> groupBy)
    {
        try { groupBy = GroupByNames.Parse(text); }
        catch (FormatException e) { throw new UsageException("--by: " + e.Message); }
    }

    private static int? Year(CommandLine line, string name)
    {
        var text = line.Get(name);
        if (text is null) return null;
        return Core.Domain.PeriodKinds.TryParseYear(text, out var year)
            ? year : throw new UsageException($"--{name}: '{text}' is not a year (2016) or financial year (2016/17)");
    }
}
