using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OutOfCourt.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    private static string Data(params string[] parts) => Path.Combine([Core.DataDirectory.Locate(), .. parts]);

    [Fact]
    public async Task Import_then_query_answers_with_a_csv_header_and_the_count_last()
    {
        var (exit, _, err) = await _cli.RunAsync("import", Data("police-uk", "city-of-london"));
        exit.Should().Be(0);
        err.Should().Contain("summary: 24 file(s): 24 imported").And.Contain("rows/s");

        var query = await _cli.RunAsync("query", "--dataset", "police-uk-street", "--outcome", "community-resolution", "--by", "force,year");

        query.Exit.Should().Be(0);
        query.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("force,force_name,year,count",
            "city-of-london,City of London Police,2016,80");
        query.Err.Should().Contain("dataset: police-uk-street");
    }

    [Fact]
    public async Task Without_a_dataset_the_query_says_which_default_it_used()
    {
        await _cli.RunAsync("import", Data("police-uk", "greater-manchester"));
        var (exit, output, err) = await _cli.RunAsync("query", "--force", "greater-manchester", "--serious", "--by", "offence", "--format", "json");
        exit.Should().Be(0);
        err.Should().Contain("dataset: police-uk-street").And.Contain("[default");
        output.Should().Contain("\"dataset\": \"police-uk-street\"").And.Contain("\"offence\": \"violence-and-sexual-offences\"");
    }

    [Fact]
    public async Task A_refused_file_exits_non_zero_with_the_problem_listed()
    {
        var bad = _cli.Write("bad.csv",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
                                        "x,2016-01,Gotham Police,Gotham Police,,,,,,Burglary,Local resolution,\n");
        var (exit, _, err) = await _cli.RunAsync("import", bad);
        exit.Should().Be(1);
        err.Should().Contain("rejected").And.Contain($"{bad}:2: column 'Reported by', value 'Gotham Police': unknown force");

        var datasets = await _cli.RunAsync("datasets");
        datasets.Out.Should().Contain("police-uk-street").And.NotContain("[default]", "nothing of the bad file landed");
    }

    [Fact]
    public async Task The_bbc_file_loads_with_a_column_map_and_reproduces_the_national_total()
    {
        var (exit, _, err) = await _cli.RunAsync("import", "--dataset", "bbc-data-unit-2012-16",
            "--map", "year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category",
            Data("bbc-data-unit", "crime outcomes by category force year 2012-16.csv"));
        exit.Should().Be(0, err);

        var query = await _cli.RunAsync("query", "--outcome", "community-resolution");
        query.Out.Should().Be("count\n482307\n");
    }

    [Theory]
    [InlineData(new[] { "query", "--year", "1850" }, 1, "year 1850")]
    [InlineData(new[] { "query", "--by", "colour" }, 2, "unknown grouping 'colour'")]
    [InlineData(new[] { "query", "--offence", "88A" }, 1,
        "error: This data cannot tell you: the dataset data.police.uk street records counts offences by data.police.uk crime type")]
    [InlineData(new[] { "query", "--force", "kent" }, 1, "holds no data for Kent Police")]
    [InlineData(new[] { "query", "--year", "2016", "--from", "2015" }, 2, "not both")]
    [InlineData(new[] { "import" }, 2, "give at least one file")]
    [InlineData(new[] { "import", "--max-errors", "lots", "x.csv" }, 2, "not a whole number")]
    [InlineData(new[] { "frobnicate" }, 2, "unknown verb")]
    public async Task Wrong_usage_and_bad_queries_get_clear_errors(string[] args, int expectedExit, string message)
    {
        await _cli.RunAsync("import", Data("police-uk", "greater-manchester"));
        var (exit, _, err) = await _cli.RunAsync(args);
        exit.Should().Be(expectedExit);
        err.Should().Contain(message);
    }

    [Fact]
    public async Task A_database_of_an_earlier_version_is_upgraded_or_else_refused_with_how_to_upgrade_it()
    {
        await using (var old = Core.Data.OutOfCourtDatabase.Create(_cli.Db))
            await old.GetService<IMigrator>().MigrateAsync(old.Database.GetMigrations().First());

        var (exit, output, err) = await _cli.RunAsync("datasets");

        if (CliRunner.RunsNative)
        {
            // The native build has no EF Core migrator: it must say so, and how to upgrade, without touching the file.
            exit.Should().Be(1);
            err.Should().Contain("needs upgrading").And.Contain("dotnet run --project src/OutOfCourt.Cli");
            var again = await _cli.RunAsync("datasets");
            again.Exit.Should().Be(1, "the database was left as it was");
        }
        else
        {
            exit.Should().Be(0, err);
            output.Should().Contain("police-uk-street");
        }
    }

    [Fact]
    public async Task A_database_path_that_is_not_a_database_gets_a_clear_error()
    {
        var notADatabase = _cli.Write("notes.db", "this is a text file, not SQLite\n");
        var (exit, _, stderr) = await _cli.RunExactlyAsync("datasets", "--db", notADatabase);
        exit.Should().Be(1);
        stderr.Should().StartWith("error: the database could not be used");
    }

    [Theory]
    [InlineData("import")]
    [InlineData("query")]
    [InlineData("datasets")]
    public async Task Every_verb_has_help(string verb)
    {
        var (exit, output, _) = await _cli.RunAsync(verb, "--help");
        exit.Should().Be(0);
        output.Should().StartWith($"usage: outofcourt {verb}");
    }

    [Fact]
    public async Task Datasets_shows_coverage_and_notes()
    {
        await _cli.RunAsync("import", "--note", "Partial month: test", Data("police-uk", "greater-manchester"));
        var (exit, output, _) = await _cli.RunAsync("datasets", "--coverage");
        exit.Should().Be(0);
        output.Should().Contain("note: Partial month: test").And.Contain("Greater Manchester Police").And.Contain("2016 (1/12)");
    }
}
