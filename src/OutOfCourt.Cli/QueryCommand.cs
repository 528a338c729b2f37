using System.CommandLine;
using OutOfCourt.Core.Export;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Cli;

/// <summary>`outofcourt query`: counts from one dataset, grouped as asked, as CSV or JSON on standard output.</summary>
internal sealed class QueryCommand(TextWriter output, TextWriter error)
{
    private const string Synopsis = """
        usage: outofcourt query [--db PATH] [--dataset KEY] [--force SLUG[,SLUG...]] [--offence CATEGORY|CODE]
                                [--year Y | --from Y --to Y] [--outcome CLASS] [--serious]
                                [--by force,offence,year,outcome,code,serious] [--format csv|json]
               outofcourt query --measure rate [--dataset KEY] [--force SLUG,...] [--year Y | --from Y --to Y] [--outcome CLASS]
        """;

    private const string Details = """
        Counts from one dataset, grouped as asked: one row per group, a header row in CSV, the count in the last
        column. Without --dataset the default dataset is used (the one reaching the latest year); which one
        is printed on standard error. --measure rate gives, by force and year, the outcome (community resolutions
        unless --outcome names another) per 1,000 recorded crimes and as a share of all outcomes, with both
        denominators in their own columns; a rate is empty where its denominator is missing. Years are calendar years (2016) or, for Home Office datasets, financial
        years (2016 or 2016/17 both mean April 2016 to March 2017).
        """;

    private readonly Option<string> _db = Cli.DbOption();
    private readonly Option<string> _dataset = Cli.Valued("--dataset", "KEY", "the dataset to count from (default: the one reaching the latest year)");
    private readonly Option<string> _measure = Cli.Valued("--measure", "count|rate",
        "count (default): counts grouped by --by; rate: per 1,000 recorded crimes and share of all outcomes, by force and year");
    private readonly Option<string> _force = Cli.Valued("--force", "SLUG,...", "forces by slug, e.g. greater-manchester,metropolitan");
    private readonly Option<string> _offence = Cli.Valued("--offence", "CATEGORY|CODE",
        "a category slug (violence-and-sexual-offences), a Home Office code (88A) or a crime type");
    private readonly Option<string> _year = Cli.Valued("--year", "Y", "one year: 2016, or a financial year 2016/17");
    private readonly Option<string> _from = Cli.Valued("--from", "Y", "the first year");
    private readonly Option<string> _to = Cli.Valued("--to", "Y", "the last year");
    private readonly Option<string> _outcome = Cli.Valued("--outcome", "CLASS", "an outcome class, e.g. community-resolution, caution, charged");
    private readonly Option<bool> _serious = new("--serious")
    {
        Description = "only offences the seriousness policy (data/seriousness-policy.json) flags",
    };
    private readonly Option<string> _by = Cli.Valued("--by", "DIMENSIONS",
        "groups: force, offence, year, outcome; code (each source's own offence: Home Office code or crime type); serious (flagged or not)");
    private readonly Option<string> _format = Cli.Valued("--format", "csv|json", "csv (default) or json");

    public static Command Create(TextWriter output, TextWriter error) => new QueryCommand(output, error).Build();

    private Verb Build()
    {
        var command = new Verb("query", "counts grouped by force, offence, year and outcome", Synopsis, Details)
        {
            _db, _dataset, _measure, _force, _offence, _year, _from, _to, _outcome, _serious, _by, _format,
        };
        command.SetAction((line, _) => RunAsync(line));
        return command;
    }

    private async Task<int> RunAsync(ParseResult line)
    {
        if (line.GetValue(_year) is not null && (line.GetValue(_from) ?? line.GetValue(_to)) is not null)
            throw new UsageException("give --year or --from/--to, not both");
        var format = line.GetValue(_format) ?? "csv";
        if (format is not ("csv" or "json")) throw new UsageException($"--format must be csv or json, not '{format}'");
        GroupByFromText(line.GetValue(_by), out var groupBy);

        var filter = new OutcomeFilter
        {
            Dataset = line.GetValue(_dataset),
            Forces = (line.GetValue(_force) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Offence = line.GetValue(_offence),
            YearFrom = YearOf(line, _year) ?? YearOf(line, _from),
            YearTo = YearOf(line, _year) ?? YearOf(line, _to),
            Outcome = line.GetValue(_outcome),
            SeriousOnly = line.GetValue(_serious),
        };

        var (path, refs) = await Cli.OpenAsync(line.GetValue(_db));
        await using var model = QueryModel.Open(path, refs, Cli.DefaultDataset);
        var measure = line.GetValue(_measure) ?? "count";
        if (measure == "rate") return await RatesAsync(model, filter, format, line.GetValue(_by) is not null);
        if (measure != "count") throw new UsageException($"--measure must be count or rate, not '{measure}'");
        var result = await model.Queries.RunAsync(filter, groupBy);
        error.WriteLine($"dataset: {result.Dataset.Key} " +
            $"({result.Dataset.Name}){(result.DatasetIsDefault ? " [default: the dataset reaching the latest year; choose another with --dataset]" : "")}");
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

    private async Task<int> RatesAsync(QueryModel model, OutcomeFilter filter, string format, bool groupByGiven)
    {
        if (groupByGiven) throw new UsageException("--measure rate is always by force and year; leave out --by");
        var rates = await model.Rates.RunAsync(filter);
        error.WriteLine($"dataset: {rates.Dataset.Key} ({rates.Dataset.Name}){(rates.DatasetIsDefault ? " [default]" : "")}");
        error.WriteLine($"rate: {rates.Outcome.Name.ToLowerInvariant()} per 1,000 recorded crimes ({rates.RecordedCrimeSource}) and as a share of all " +
            $"outcomes");
        foreach (var note in rates.Notes) error.WriteLine($"note: {note}");
        if (format == "csv") RateWriters.WriteCsv(rates, output);
        else
        {
            using var stdout = new MemoryStream();
            RateWriters.WriteJson(rates, stdout);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
        }
        return 0;
    }

    private static void GroupByFromText(string? text, out IReadOnlyList<GroupBy> groupBy)
    {
        try { groupBy = GroupByNames.Parse(text); }
        catch (FormatException e) { throw new UsageException("--by: " + e.Message); }
    }

    private static int? YearOf(ParseResult line, Option<string> option)
    {
        var text = line.GetValue(option);
        if (text is null) return null;
        return Core.Domain.PeriodKinds.TryParseYear(text, out var year)
            ? year : throw new UsageException($"{option.Name}: '{text}' is not a year (2016) or financial year (2016/17)");
    }
}
