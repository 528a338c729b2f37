namespace OutOfCourt.Cli.Tests;

/// <summary>Core reports what is wrong with an import as values; the command line names the option that fixes it.</summary>
public sealed class ImportMessagesTests : IDisposable
{
    private const string Map = "year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category";
    private readonly CliRunner _cli = new();
    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task An_unknown_format_names_the_expected_headers_and_the_map_option()
    {
        var (exit, _, err) = await _cli.RunAsync("import", _cli.Write("people.csv", "name,age\nAda,36\n"));
        exit.Should().Be(1);
        err.Should().Contain("unknown format").And.Contain("'name,age'").And.Contain("Last outcome category").And.Contain("Financial Quarter")
            .And.Contain("; for any other table of counts give a column map with --map (see `import --help`)");
    }

    [Fact]
    public async Task A_file_with_too_many_bad_rows_names_the_max_errors_option()
    {
        var bad = _cli.Write("bad.csv",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            "x,2016-01,Gotham Police,Gotham Police,,,,,,Burglary,Local resolution,\n");
        var (exit, _, err) = await _cli.RunAsync("import", bad);
        exit.Should().Be(1);
        err.Should().Contain($"rejected  {bad}: 1 bad row(s), more than --max-errors 0; nothing of this file was written\n");
    }

    [Theory]
    [InlineData(new[] { "--map", Map }, "error: a long-form import (--map) needs --dataset KEY to say which dataset the counts belong to.\n")]
    [InlineData(new[] { "--map", Map, "--dataset", "nope" }, "error: unknown dataset 'nope'; known datasets: police-uk-street, ")]
    [InlineData(new[] { "--map", Map, "--dataset", "nope" }, ". To create one, also give --dataset-name, --period and --scheme.\n")]
    [InlineData(new[] { "--map", "force" }, "error: --map: 'force' is not ROLE=COLUMN; roles are force, count, ")]
    [InlineData(new[] { "--map", "count=n" }, "error: --map: the 'force' role is required.\n")]
    public async Task A_long_form_import_without_what_it_needs_names_the_options_to_give(string[] options, string message)
    {
        var file = _cli.Write("lf.csv", "Year,f0_,crime_type,reported_by,last_outcome_category\n2016,5,Burglary,Kent Police,Local resolution\n");
        var (exit, _, err) = await _cli.RunAsync(["import", .. options, file]);
        exit.Should().Be(1);
        err.Should().Contain(message);
    }
}
