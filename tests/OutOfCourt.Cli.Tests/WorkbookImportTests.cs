using OutOfCourt.DataGenerator;

namespace OutOfCourt.Cli.Tests;

/// <summary>The Home Office outcomes workbook (.xlsx) through the CLI: in-process and as the natively compiled program.</summary>
public sealed class WorkbookImportTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private static readonly object?[] Header =
    [
        "Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Offence Description", "Offence Group", "Offence Subgroup",
        "Offence Code Expired", "Outcome Type", "Outcome Description", "Outcome Group",
        "Number of outcomes for offences that were recorded in the quarter", "Number of outcomes for investigations that were closed in the quarter",
    ];

    private static object?[] Row(string force, string code, string description, string group, object outcome, object recorded, object closed) =>
        ["2017/18", "Q2", force, code, description, group, "", null, outcome, "", "", recorded, closed];

    private string Workbook()
    {
        var path = Path.Combine(_cli.Folder, "prc-outcomes-open-data-mar2018-tables.xlsx");
        using var writer = XlsxWriter.Create(path);
        writer.AddSheet("Cover", [["Police recorded crime and outcomes open data tables"]]);
        writer.AddSheet("Summary", [[2017, 123456], [], ["Outcomes by year"]]);
        writer.AddSheet("Outcomes_open_data", [["Crime outcomes open data"], [], Header,
            Row("Greater Manchester", "88A", "Sexual grooming", "Sexual offences", 8, 3, 4),
            Row("Greater Manchester", "10A", "Possession of firearms with intent", "Possession of weapons offences", 8, 1, 2),
            Row("Kent", "56A", "Arson endangering life", "Criminal damage and arson", 8, 2, 5),
            Row("Kent", "37.2", "Aggravated vehicle taking", "Theft offences", 8, 6, 6),
            Row("Greater Manchester", "88A", "Sexual grooming", "Sexual offences", 0, 40, 0),
            Row("Action Fraud", "53A", "Fraud", "Fraud offences", 18, 90, 120)]);
        return path;
    }

    [Fact]
    public async Task A_workbook_imports_and_the_fraud_body_is_reported_not_counted()
    {
        var (exit, _, err) = await _cli.RunAsync("import", Workbook());

        exit.Should().Be(0, err);
        err.Should().Contain("imported").And.Contain("6 rows read")
            .And.Contain("note: 120 outcomes from central fraud bodies (Action Fraud) kept apart: not a police force");

        var query = await _cli.RunAsync("query", "--dataset", "home-office-closed", "--outcome", "community-resolution", "--by", "force,code");
        query.Exit.Should().Be(0, query.Err);
        query.Out.Should().Contain("greater-manchester").And.Contain("kent").And.NotContain("fraud", "a fraud body is not a force");
        query.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[^1]).Skip(1).Select(long.Parse).Sum()
            .Should().Be(4 + 2 + 5 + 6, "the four community resolutions of the closed basis, outcome 0 left out");
    }
}
