using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

/// <summary>The wide-table mapping: one column per outcome type melted into rows, the rest of all outcomes as "other".</summary>
public sealed class WideFormTests : IAsyncLifetime
{
    private const string Header = "force,fy,q,t1,t8,all\n";
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static ImportOptions Options(string? rest = "all") => new()
    {
        DatasetKey = "home-office-tables-closed",
        Map = ColumnMap.Parse("force=force,financial-year=fy,quarter=q", "t1=1,t8=8", rest),
    };

    [Fact]
    public async Task Each_outcome_column_becomes_a_row_and_the_rest_of_all_outcomes_lands_as_other()
    {
        var file = _db.WriteFile("wide.csv", Header + "Kent,2019/20,1,10,4,50\nKent,2019/20,2,20,6,60\nGreater Manchester,2020/21,1,1,-1,7\n");

        var run = await _db.ImportAsync(Options(), file);

        run.Files.Single().Should().Match<FileImportResult>(f => f.Status == FileStatus.Imported && f.Format == FileFormat.WideForm && f.NegativeCounts == 1);
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "home-office-tables-closed" }, GroupBy.Force, GroupBy.Year, GroupBy.Outcome);
        result.Rows.Select(r => (r.Force!.Slug, r.Year!.Value, r.OutcomeClass!.Slug, r.Count)).Should().BeEquivalentTo(new[]
        {
            ("kent", 2019, "charged", 30L), ("kent", 2019, "community-resolution", 10L), ("kent", 2019, "other", 70L),
            ("greater-manchester", 2020, "charged", 1L), ("greater-manchester", 2020, "community-resolution", -1L), ("greater-manchester", 2020, "other", 7L),
        }, "other = all - t1 - t8, so the outcomes of a force-year still add up to all of them");
    }

    [Fact]
    public async Task Without_a_rest_column_only_the_listed_outcomes_land()
    {
        var run = await _db.ImportAsync(Options(rest: null), _db.WriteFile("wide.csv", Header + "Kent,2019/20,1,10,4,50\n"));

        run.Files.Single().Status.Should().Be(FileStatus.Imported);
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "home-office-tables-closed" }, GroupBy.Outcome);
        result.Rows.Select(r => r.OutcomeClass!.Slug).Should().BeEquivalentTo(["charged", "community-resolution"]);
    }

    [Theory]
    [InlineData("Kent,2019/20,1,ten,4,50\n", "wide.csv:2: column 't1', value 'ten': not a whole number")]
    [InlineData("Kent,2019/20,1,10,4,\n", "wide.csv:2: column 'all', value '': not a whole number")]
    [InlineData("Kent,2019/20,1,10,4,12\n", "wide.csv:2: column 'all', value '12': all outcomes are fewer than the 14 of the outcome columns listed")]
    [InlineData("Kent,2019-20,5,10,4,50\n", "wide.csv:2: column 'q', value '5': not a quarter (1 to 4)")]
    [InlineData("Atlantis,2019/20,1,10,4,50\n", "wide.csv:2: column 'force', value 'Atlantis': unknown force")]
    public async Task A_bad_cell_is_named_by_file_line_column_and_value_and_nothing_of_the_row_lands(string row, string problem)
    {
        var run = await _db.ImportAsync(Options(), _db.WriteFile("wide.csv", Header + row));

        var file = run.Files.Single();
        file.Status.Should().Be(FileStatus.Rejected);
        file.Problems.Single().ToString().Should().Contain(problem);
    }

    [Fact]
    public async Task A_missing_wide_column_is_refused_naming_the_column_and_the_header()
    {
        var run = await _db.ImportAsync(Options(), _db.WriteFile("wide.csv", "force,fy,q,t1,all\nKent,2019/20,1,10,50\n"));

        run.Files.Single().Message.Should().Contain("t8").And.Contain("force,fy,q,t1,all");
    }

    [Fact]
    public async Task A_wide_column_mapped_to_an_unknown_outcome_is_refused()
    {
        var options = Options() with { Map = ColumnMap.Parse("force=force,financial-year=fy,quarter=q", "t1=1,t8=99") };

        var run = await _db.ImportAsync(options, _db.WriteFile("wide.csv", Header + "Kent,2019/20,1,10,4,50\n"));

        run.Files.Single().Message.Should().Contain("'t8' is mapped to outcome '99', which is not a home-office outcome");
    }

    [Theory]
    [InlineData("force=f,fy=y", "t1=1", null, "unknown role 'fy'")]
    [InlineData("force=f,financial-year=y,count=n", "t1=1", null, "instead of the count and outcome roles")]
    [InlineData("force=f,financial-year=y", "t1", null, "'t1' is not COLUMN=OUTCOME")]
    [InlineData("force=f,financial-year=y", "t1=1,t1=2", null, "the wide column 't1' is given twice")]
    [InlineData("force=f,financial-year=y,count=n,outcome=o", null, "all", "needs the wide outcome columns too")]
    public void A_bad_wide_map_says_what_is_wrong(string map, string? wide, string? rest, string message)
    {
        var act = () => ColumnMap.Parse(map, wide, rest);
        act.Should().Throw<FormatException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void The_wide_map_is_part_of_what_identifies_an_import()
    {
        ColumnMap.Parse("force=f,financial-year=y", "t1=1", "all").ToString().Should().Be("financial-year=y,force=f;wide=t1=1;rest=all");
        ColumnMap.Parse("force=f,year=y,count=n,outcome=o").ToString().Should().Be("count=n,force=f,outcome=o,year=y", "long-form maps keep their old hashes");
    }
}
