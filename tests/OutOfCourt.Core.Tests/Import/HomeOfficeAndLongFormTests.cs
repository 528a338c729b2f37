using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

public sealed class HomeOfficeAndLongFormTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Home_office_file_keeps_both_count_bases_as_separate_datasets_and_applies_the_outcome_rules()
    {
        var run = await _db.ImportAsync(TestDatabase.Fixture("home-office-outcomes-sample.csv"));

        var file = run.Files.Single();
        file.Should().Match<FileImportResult>(f => f.Status == FileStatus.Imported && f.Format == FileFormat.HomeOfficeOutcomes);
        file.RowsExcludedByRule.Should().Be(2, "outcome 0 and outcome 1a are left out");
        file.NegativeCounts.Should().Be(1);

        var closed = await _db.QueryAsync(new OutcomeFilter { Dataset = "home-office-closed" }, GroupBy.Code, GroupBy.Outcome);
        var recorded = await _db.QueryAsync(new OutcomeFilter { Dataset = "home-office-recorded" }, GroupBy.Code, GroupBy.Outcome);
        closed.Rows.Select(r => (r.Offence!.Code, r.OutcomeClass!.Slug, r.Count)).Should().BeEquivalentTo(new[]
        {
            ("10A", "community-resolution", 2L), ("37.2", "community-resolution", 9L), ("56A", "community-resolution", 1L),
            ("58A", "community-resolution", 7L), ("88A", "charged", 12L), ("88A", "community-resolution", 4L), ("8T", "caution", 6L),
        });
        recorded.Rows.Select(r => (r.Offence!.Code, r.Count)).Should().BeEquivalentTo(new[]
        {
            ("10A", 1L), ("56A", -1L), ("88A", 10L), ("88A", 3L), ("8T", 5L),
        }, "N/A is a missing value (37.2 and 58A have no recorded count, not 0), and the Home Office's negative corrections are kept as published");
    }

    [Fact]
    public async Task Home_office_years_are_financial_and_force_names_without_police_resolve()
    {
        await _db.ImportAsync(TestDatabase.Fixture("home-office-outcomes-sample.csv"));

        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "home-office-closed" }, GroupBy.Force, GroupBy.Year);

        result.Rows.Select(r => (r.Force!.Slug, r.Year)).Should().BeEquivalentTo(new[]
        {
            ("devon-and-cornwall", 2016), ("greater-manchester", 2016), ("greater-manchester", 2017), ("metropolitan", 2016),
        });
        Export.ResultTable.From(result).Rows.Select(r => r[2]).Should().Contain("2016/17").And.Contain("2017/18");
    }

    [Fact]
    public async Task A_home_office_code_missing_from_the_reference_list_is_added_from_the_row_with_its_category()
    {
        await _db.ImportAsync(TestDatabase.Fixture("home-office-outcomes-sample.csv"));

        var offence = _db.Refs.FindOffence("home-office", "8T");
        offence.Should().NotBeNull();
        _db.Refs.CategoryOf(offence!.Id).Slug.Should().Be("violence-and-sexual-offences");
    }

    [Fact]
    public async Task The_bbc_layout_loads_as_long_form_with_a_column_map()
    {
        var content = "Year,f0_,crime_type,reported_by,last_outcome_category\r2016,5,Burglary,Kent Police,Local resolution\r2016,7,Anti-social " +
            "behaviour,Kent Police,\r2012,3,Violent crime,Kent Police,Local resolution";
        var options = new ImportOptions
        {
            DatasetKey = "bbc-data-unit-2012-16",
            Map = ColumnMap.Parse("year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category"),
        };

        var run = await _db.ImportAsync(options, _db.WriteFile("bbc.csv", content));

        run.Files.Single().Status.Should().Be(FileStatus.Imported);
        var result = await _db.QueryAsync(new OutcomeFilter { Outcome = "community-resolution" }, GroupBy.Year, GroupBy.Offence);
        result.Rows.Select(r => (r.Year, r.Category!.Slug, r.Count)).Should().BeEquivalentTo(new[]
            { (2012, "violence-and-sexual-offences", 3L), (2016, "burglary", 5L) });
    }

    [Fact]
    public async Task A_researchers_monthly_foi_table_loads_into_a_new_named_dataset()
    {
        var content = "Force,Month,Offence code,HO outcome,Number\nGreater Manchester Police,2019-04,88A,8,4\nGreater Manchester Police,2019-05,88A,8,2\n";
        var options = new ImportOptions
        {
            DatasetKey = "gmp-foi-2019",
            NewDataset = new Domain.Dataset { Key = "", Name = "GMP FOI response 2019", PeriodKind = Domain.PeriodKind.Month, OffenceScheme = "home-office" },
            Map = ColumnMap.Parse("force=Force,month=Month,offence-code=Offence code,outcome=HO outcome,count=Number"),
        };

        var run = await _db.ImportAsync(options, _db.WriteFile("foi.csv", content));

        run.Files.Single().Status.Should().Be(FileStatus.Imported);
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "gmp-foi-2019", Offence = "88A", SeriousOnly = true });
        result.Total.Should().Be(6);
    }

    [Fact]
    public async Task A_column_map_that_mixes_period_kinds_with_its_dataset_is_refused()
    {
        var options = new ImportOptions
        {
            DatasetKey = "bbc-data-unit-2012-16",
            Map = ColumnMap.Parse("month=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category"),
        };
        var run = await _db.ImportAsync(options, _db.WriteFile("bbc.csv",
            "Year,f0_,crime_type,reported_by,last_outcome_category\n2016,5,Burglary,Kent Police,Local resolution\n"));
        run.Files.Single().Message.Should().Contain("never mixes period kinds");
    }

    [Theory]
    [InlineData("count=n", "the 'force' role is required")]
    [InlineData("force=f,count=n,outcome=o", "exactly one period role")]
    [InlineData("force=f,count=n,outcome=o,year=y,colour=c", "unknown role 'colour'")]
    [InlineData("force", "is not ROLE=COLUMN")]
    public void A_bad_column_map_says_what_is_wrong(string map, string message)
    {
        var act = () => ColumnMap.Parse(map);
        act.Should().Throw<FormatException>().WithMessage($"*{message}*");
    }

    [Fact]
    public async Task A_negative_count_in_a_long_form_table_is_refused()
    {
        var options = new ImportOptions
        {
            DatasetKey = "bbc-data-unit-2012-16",
            Map = ColumnMap.Parse("year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category"),
        };
        var run = await _db.ImportAsync(options, _db.WriteFile("neg.csv",
            "Year,f0_,crime_type,reported_by,last_outcome_category\n2016,-5,Burglary,Kent Police,Local resolution\n"));
        run.Files.Single().Problems.Single().Should().Match<ImportProblem>(p => p.Column == "f0_" && p.Value == "-5"
            && p.Reason == "a count cannot be negative");
    }
}
