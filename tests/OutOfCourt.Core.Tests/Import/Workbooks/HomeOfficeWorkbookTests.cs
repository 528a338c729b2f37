using System.IO.Compression;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import.Workbooks;

/// <summary>The Home Office outcomes workbook as published (.xlsx), its .ods copy, a zip of it and its CSV export.</summary>
public sealed class HomeOfficeWorkbookTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private string Path(string name) => System.IO.Path.Combine(_db.Folder, name);

    /// <summary>Community resolutions, investigations-closed basis, by force and offence code, as the layout's rows hold them.</summary>
    private static readonly (string Force, string Code, long Count)[] CommunityResolutions =
    [
        ("devon-and-cornwall", "56A", 1), ("greater-manchester", "10A", 2), ("greater-manchester", "37.2", 9),
        ("greater-manchester", "88A", 4), ("metropolitan", "58A", 7),
    ];

    private async Task<IEnumerable<(string, string, long)>> CommunityResolutionsByForce(string dataset = "home-office-closed")
    {
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = dataset, Outcome = "community-resolution" }, GroupBy.Force, GroupBy.Code);
        return result.Rows.Select(r => (r.Force!.Slug, r.Offence!.Code, r.Count));
    }

    [Fact]
    public async Task The_data_sheet_is_found_past_cover_notes_and_summary_sheets_and_read_with_the_outcome_rules()
    {
        var run = await _db.ImportAsync(HomeOfficeWorkbookLayout.WriteXlsx(Path("prc-outcomes-open-data-mar2017-tables.xlsx")));

        var file = run.Files.Single();
        file.Status.Should().Be(FileStatus.Imported, file.Message);
        file.Format.Should().Be(FileFormat.HomeOfficeWorkbook);
        file.RowsRead.Should().Be(HomeOfficeWorkbookLayout.DataRows.Length, "the title, blank and header rows are not data");
        file.RowsExcludedByRule.Should().Be(2, "outcome 0 and outcome 1a are left out");
        file.NegativeCounts.Should().Be(1);
        file.RowsKeptApart.Should().Be(3, "two fraud-body rows and one 'data not provided' row are neither stored nor refused");
        file.RowsRejected.Should().Be(0);
        file.RowsAggregated.Should().Be(6);
        file.Notes.Should().BeEquivalentTo(
            "155 outcomes from central fraud bodies (Action Fraud, CIFAS) kept apart: not a police force (2 rows; outcomes of investigations closed in the " +
                "period)",
            "1 row says the data was not provided (Cleveland Police 2016/17): gaps, not zeros",
            "2 counts are N/A: missing, not stored as 0");
    }

    [Fact]
    public async Task Offence_level_community_resolutions_per_force_import_exactly()
    {
        await _db.ImportAsync(HomeOfficeWorkbookLayout.WriteXlsx(Path("outcomes.xlsx")));

        (await CommunityResolutionsByForce()).Should().BeEquivalentTo(CommunityResolutions);
    }

    [Fact]
    public async Task Fraud_bodies_are_no_force_and_a_year_not_provided_is_a_gap_not_a_zero()
    {
        await _db.ImportAsync(HomeOfficeWorkbookLayout.WriteXlsx(Path("outcomes.xlsx")));

        var byForce = await _db.QueryAsync(new OutcomeFilter { Dataset = "home-office-closed" }, GroupBy.Force);
        byForce.Rows.Select(r => r.Force!.Slug).Should().BeEquivalentTo(["devon-and-cornwall", "greater-manchester", "metropolitan"],
            "Action Fraud and Cifas are not forces, and Cleveland sent nothing: it has no row, not a row of 0");
        await using var db = _db.Context();
        db.Forces.Count(f => f.Name.Contains("Fraud") || f.Name.Contains("CIFAS")).Should().Be(0);
    }

    [Fact]
    public async Task An_NA_count_is_missing_on_its_basis_and_the_other_basis_is_kept()
    {
        await _db.ImportAsync(HomeOfficeWorkbookLayout.WriteXlsx(Path("outcomes.xlsx")));

        var recorded = await CommunityResolutionsByForce("home-office-recorded");
        recorded.Should().BeEquivalentTo(new[]
        {
            ("devon-and-cornwall", "56A", -1L), ("greater-manchester", "10A", 1L), ("greater-manchester", "88A", 3L),
        }, "the Met's 58A and Greater Manchester's 37.2 are N/A on the recorded basis: no count, not 0");
    }

    [Fact]
    public async Task The_ods_copy_a_zip_of_the_workbook_and_the_csv_export_read_the_same()
    {
        var xlsx = HomeOfficeWorkbookLayout.WriteXlsx(Path("outcomes.xlsx"));
        await _db.ImportAsync(xlsx);
        var expected = (await CommunityResolutionsByForce()).ToList();
        expected.Should().BeEquivalentTo(CommunityResolutions);

        foreach (var other in new Func<string>[]
                 {
                     () => HomeOfficeWorkbookLayout.WriteOds(Path("outcomes.ods")),
                     () => Zip(xlsx, Path("outcomes.zip")),
                     () => _db.WriteFile("outcomes.csv", HomeOfficeWorkbookLayout.Csv()),
                 })
        {
            await using var fresh = await TestDatabase.CreateAsync();
            var path = other();
            var run = await fresh.ImportAsync(path);
            run.Files.Single().Status.Should().Be(FileStatus.Imported, $"{path}: {run.Files.Single().Message}");
            run.Files.Single().Notes.Should().HaveCount(3, path);
            var result = await fresh.QueryAsync(new OutcomeFilter { Dataset = "home-office-closed", Outcome = "community-resolution" },
                GroupBy.Force, GroupBy.Code);
            result.Rows.Select(r => (r.Force!.Slug, r.Offence!.Code, r.Count)).Should().BeEquivalentTo(expected, path);
        }
    }

    [Fact]
    public async Task A_workbook_without_a_known_header_is_refused_naming_the_sheets_searched()
    {
        var path = Path("not-outcomes.xlsx");
        using (var writer = DataGenerator.XlsxWriter.Create(path))
        {
            writer.AddSheet("Cover", [["A different table"]]);
            writer.AddSheet("Table 1", [["Force", "Year", "Recorded crime"], ["Cleveland", "2016/17", 1000]]);
        }

        var file = (await _db.ImportAsync(path)).Files.Single();

        file.Status.Should().Be(FileStatus.Rejected);
        file.Message.Should().Contain("no sheet has a header row the importer knows in its first 20 rows").And.Contain("'Cover', 'Table 1'");
    }

    [Fact]
    public async Task A_file_named_xlsx_that_is_not_a_workbook_is_refused_by_name()
    {
        var path = _db.WriteFile("outcomes.xlsx", "Financial Year,Financial Quarter\n");

        var file = (await _db.ImportAsync(path)).Files.Single();

        file.Status.Should().Be(FileStatus.Rejected);
        file.Message.Should().Contain("not a workbook");
    }

    private static string Zip(string file, string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        zip.CreateEntryFromFile(file, "2016-17/" + System.IO.Path.GetFileName(file));
        return zipPath;
    }
}
