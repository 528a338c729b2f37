using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

public sealed class ImporterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    internal const string StreetHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
    internal const string OutcomesHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

    internal static string StreetRow(string id, string month, string force, string crimeType, string outcome) =>
        $"{id},{month},{force},{force},-0.1,51.5,On or near Somewhere,E01000001,City of London 001A,{crimeType},{outcome},";

    private static string Street(string month, string force, params (string Id, string CrimeType, string Outcome)[] rows) =>
        string.Join("\n", rows.Select(r => StreetRow(r.Id, month, force, r.CrimeType, r.Outcome)).Prepend(StreetHeader)) + "\n";

    private async Task<long> TotalAsync(string dataset = "police-uk-street")
    {
        await using var db = _db.Context();
        var id = _db.Refs.DatasetByKey[dataset].Id;
        return await db.OutcomeCounts.Where(c => c.DatasetId == id).SumAsync(c => c.Count);
    }

    private async Task<int> FilesAsync()
    {
        await using var db = _db.Context();
        return await db.ImportedFiles.CountAsync();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Street_files_read_the_same_with_any_line_ending(string newline)
    {
        var content = Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution"), ("", "Anti-social behaviour", ""), ("a3", "Robbery",
            "Suspect charged"))
            .Replace("\n", newline);
        var run = await _db.ImportAsync(_db.WriteFile("f.csv", content));

        run.Files.Should().ContainSingle().Which.Status.Should().Be(FileStatus.Imported);
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-street" }, GroupBy.Outcome);
        result.Rows.Select(r => (r.OutcomeClass!.Slug, r.Count)).Should().BeEquivalentTo(new[]
            { ("charged", 1L), ("community-resolution", 1L), ("no-outcome", 1L) });
    }

    [Fact]
    public async Task A_byte_order_mark_and_trailing_empty_rows_are_ignored()
    {
        var content = "\uFEFF" + Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution")) + ",,,,,,,,,,,\n,,,,,,,,,,,\n\n";
        var run = await _db.ImportAsync(_db.WriteFile("bom.csv", content));

        run.Files.Single().Should().Match<FileImportResult>(f => f.Status == FileStatus.Imported && f.RowsRead == 1 && f.RowsRejected == 0);
        (await TotalAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Format_is_told_by_header_not_by_file_name()
    {
        var run = await _db.ImportAsync(_db.WriteFile("2016-03-city-of-london-outcomes.csv",
            Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution"))));
        run.Files.Single().Format.Should().Be(FileFormat.PoliceUkStreet);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing_and_says_so()
    {
        var path = _db.WriteFile("f.csv", Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution")));
        await _db.ImportAsync(path);

        var second = await _db.ImportAsync(path);

        second.Files.Single().Status.Should().Be(FileStatus.Unchanged);
        second.Files.Single().Message.Should().Contain("already imported");
        (await TotalAsync()).Should().Be(1);
        (await FilesAsync()).Should().Be(1);
        await using var db = _db.Context();
        var file = await db.ImportedFiles.SingleAsync();
        file.ImportedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1),
            "the file record is written in plain SQL and read back through EF Core");
        (file.Path, file.RowsRead, file.RowsAggregated, file.Format).Should().Be((path, 1L, 1L, "data.police.uk street"));
    }

    [Fact]
    public async Task A_revised_file_for_the_same_force_and_month_replaces_the_earlier_one()
    {
        await _db.ImportAsync(_db.WriteFile("v1.csv", Street("2016-03", "City of London Police", ("a1", "Burglary", "Under investigation"))));
        await _db.ImportAsync(_db.WriteFile("other-month.csv", Street("2016-04", "City of London Police", ("b1", "Burglary", "Suspect charged"))));

        var revised = await _db.ImportAsync(_db.WriteFile("v2.csv",
            Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution"), ("a2", "Drugs", "Local resolution"))));

        revised.Files.Single().SlicesReplaced.Should().Be(1);
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-street" }, GroupBy.Outcome);
        result.Rows.Select(r => (r.OutcomeClass!.Slug, r.Count)).Should().BeEquivalentTo(new[] { ("charged", 1L), ("community-resolution", 2L) });
        await using var db = _db.Context();
        (await db.ImportedFiles.SingleAsync(f => f.Path.EndsWith("v1.csv"))).ReplacedAt.Should().NotBeNull();
        (await db.ImportedFiles.SingleAsync(f => f.Path.EndsWith("other-month.csv"))).ReplacedAt.Should().BeNull();
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_refused_whole_with_file_line_column_value_and_reason()
    {
        var content = Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution"), ("a2", "Shoplifting", "Sent to the moon"), ("a3",
            "Drugs", "Suspect charged"));
        var path = _db.WriteFile("bad.csv", content);

        var run = await _db.ImportAsync(path);

        var file = run.Files.Single();
        file.Status.Should().Be(FileStatus.Rejected);
        file.Problems.Should().ContainSingle().Which.Should().Be(
            new ImportProblem(path, 3, "Last outcome category", "Sent to the moon", "unknown data.police.uk outcome (see data/reference/outcomes.csv)"));
        file.Problems[0].ToString().Should().Be($"{path}:3: column 'Last outcome category', value 'Sent to the moon': unknown data.police.uk outcome (see " +
            $"data/reference/outcomes.csv)");
        (await TotalAsync()).Should().Be(0);
        (await FilesAsync()).Should().Be(0);
        await using var db = _db.Context();
        (await db.CrimeTypeRuns.CountAsync()).Should().Be(0, "not even the crimes of the good rows are kept");
    }

    [Fact]
    public async Task Max_errors_accepts_a_file_with_few_bad_rows_and_lists_them()
    {
        var content = Street("2016-03", "City of London Police", ("a1", "Burglary", "Local resolution"), ("a2", "Shoplifting", "Sent to the moon"), ("a3",
            "Drugs", "Suspect charged"));
        var run = await _db.ImportAsync(new ImportOptions { MaxErrors = 1 }, _db.WriteFile("bad.csv", content));

        run.Files.Single().Should().Match<FileImportResult>(f => f.Status == FileStatus.Imported && f.RowsRejected == 1 && f.Problems.Count == 1);
        (await TotalAsync()).Should().Be(2);
    }

    [Fact]
    public async Task An_unknown_force_is_an_error_that_names_it_never_a_new_force()
    {
        var path = _db.WriteFile("f.csv", Street("2016-03", "Gotham City Police", ("a1", "Burglary", "Local resolution")));
        var run = await _db.ImportAsync(path);

        var problem = run.Files.Single().Problems.Single();
        problem.Should().Match<ImportProblem>(p => p.Line == 2 && p.Column == "Reported by" && p.Value == "Gotham City Police");
        problem.Reason.Should().Contain("unknown force");
        await using var db = _db.Context();
        (await db.Forces.CountAsync()).Should().Be(45);
    }

    [Theory]
    [InlineData("2016-13", "Month", "not a month of the form YYYY-MM")]
    [InlineData("March 2016", "Month", "not a month of the form YYYY-MM")]
    public async Task A_bad_month_is_reported_with_its_column(string month, string column, string reason)
    {
        var run = await _db.ImportAsync(_db.WriteFile("f.csv", Street(month, "City of London Police", ("a1", "Burglary", "Local resolution"))));
        run.Files.Single().Problems.Single().Should().Match<ImportProblem>(p => p.Column == column && p.Value == month && p.Reason == reason);
    }

    [Fact]
    public async Task An_unknown_format_names_the_expected_headers()
    {
        var run = await _db.ImportAsync(_db.WriteFile("people.csv", "name,age\nAda,36\n"));

        var file = run.Files.Single();
        file.Status.Should().Be(FileStatus.Rejected);
        file.Message.Should().Contain("unknown format").And.Contain("'name,age'").And.Contain("Last outcome category").And.Contain("Financial Quarter")
            .And.Contain("column map");
        file.Refusal.Should().Be(new UnknownFormat("name,age"), "the command line names its --map option from it (CliTests)");
    }

    [Fact]
    public async Task An_empty_file_in_a_folder_is_refused_by_its_own_name_and_the_others_land()
    {
        _db.WriteFile("month/2016-03/2016-03-city-of-london-street.csv", Street("2016-03", "City of London Police", ("e1", "Drugs", "Suspect charged")));
        var empty = _db.WriteFile("month/2016-03/2016-03-city-of-london-outcomes.csv", "");

        var run = await _db.ImportAsync(Path.Combine(_db.Folder, "month"));

        run.Files.Should().HaveCount(2);
        var refused = run.Files.Single(f => f.Status == FileStatus.Rejected);
        refused.File.Should().Be(empty);
        refused.Message.Should().Contain("empty");
        run.Files.Single(f => f.File != empty).Status.Should().Be(FileStatus.Imported);
        (await TotalAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_short_row_says_how_many_fields_it_has()
    {
        var content = StreetHeader + "\na1,2016-03,City of London Police\n";
        var run = await _db.ImportAsync(_db.WriteFile("short.csv", content));
        run.Files.Single().Problems.Single().Reason.Should().Contain("the row has 3 fields; the header has 12");
    }

    [Fact]
    public async Task Folders_and_zip_archives_as_data_police_uk_serves_them_are_read_recursively()
    {
        var zipPath = Path.Combine(_db.Folder, "archive.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var (month, id) in new[] { ("2016-01", "z1"), ("2016-02", "z2") })
            {
                var entry = zip.CreateEntry($"{month}/{month}-city-of-london-street.csv");
                await using var w = new StreamWriter(entry.Open());
                await w.WriteAsync(Street(month, "City of London Police", (id, "Burglary", "Local resolution")));
            }
            var outcomes = zip.CreateEntry("2016-02/2016-02-city-of-london-outcomes.csv");
            await using (var w = new StreamWriter(outcomes.Open()))
                await w.WriteAsync($"{OutcomesHeader}\nz1,2016-02,City of London Police,City of London Police,,,,,,Local resolution\n");
        }
        _db.WriteFile("folder/2016-03/2016-03-city-of-london-street.csv", Street("2016-03", "City of London Police", ("f1", "Drugs", "Suspect charged")));

        var run = await _db.ImportAsync(zipPath, Path.Combine(_db.Folder, "folder"));

        run.Files.Should().HaveCount(4).And.OnlyContain(f => f.Status == FileStatus.Imported);
        (await TotalAsync()).Should().Be(3);
        var outcomesFile = run.Files.Single(f => f.Format == FileFormat.PoliceUkOutcomes);
        outcomesFile.File.Should().EndWith("archive.zip!2016-02/2016-02-city-of-london-outcomes.csv");
        outcomesFile.JoinRate.Should().Be(1.0, "street files are imported first, so the outcome joins to z1's crime type");
    }

    [Fact]
    public async Task Outcome_events_whose_crime_is_unknown_count_as_unknown_offence()
    {
        var content = $"{OutcomesHeader}\nnever-seen,2016-02,City of London Police,City of London Police,,,,,,Local resolution\n";
        var run = await _db.ImportAsync(_db.WriteFile("o.csv", content));

        run.Files.Single().JoinRate.Should().Be(0);
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-outcomes" }, GroupBy.Offence);
        result.Rows.Single().Category!.Slug.Should().Be("unknown");
    }

    [Fact]
    public async Task Cancelling_mid_file_leaves_nothing_of_that_file()
    {
        var gm = TestDatabase.Data("police-uk", "greater-manchester", "2016-12-greater-manchester-street.csv");
        using var cts = new CancellationTokenSource();
        await using var connection = OutOfCourtDatabase.Open(_db.Path);
        var importer = new Importer(connection, _db.Refs);

        var act = () => importer.ImportAsync([gm], new ImportOptions(), new CancelAfterFirstProgress(cts), cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await using var check = _db.Context();
        (await check.OutcomeCounts.CountAsync()).Should().Be(0);
        (await check.CrimeTypeRuns.CountAsync()).Should().Be(0);
        (await check.ImportedFiles.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Cancelling_a_run_keeps_the_files_that_landed_whole_and_nothing_of_the_rest()
    {
        var street = Enumerable.Range(1, 12).Select(m => _db.WriteFile($"2016-{m:00}-city-street.csv",
            Street($"2016-{m:00}", "City of London Police", Enumerable.Range(0, 50).Select(i => ($"m{m}-{i}", "Burglary",
                "Local resolution")).ToArray()))).ToArray();
        var outcomes = _db.WriteFile("2016-12-city-outcomes.csv",
            OutcomesHeader + "\nm1-1,2016-12,City of London Police,City of London Police,,,,,,Local resolution\n");
        using var cts = new CancellationTokenSource();
        await using var connection = OutOfCourtDatabase.Open(_db.Path);

        // Cancelled as the outcome file starts: every street file has been written by then.
        var act = () => new Importer(connection, _db.Refs).ImportAsync([.. street, outcomes], new ImportOptions(), new CancelAtOutcomes(cts), cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await using var check = _db.Context();
        (await check.ImportedFiles.CountAsync()).Should().Be(12, "the street files landed; the outcome file did not");
        (await check.Slices.CountAsync()).Should().Be(12, "each street file whole: its one slice");
        (await check.OutcomeCounts.SumAsync(c => c.Count)).Should().Be(12 * 50);
        (await check.YearlyOutcomeCounts.SumAsync(c => c.Count)).Should().Be(12 * 50, "the roll-ups went in with the cells");
        (await check.NationalOutcomeCounts.SumAsync(c => c.Count)).Should().Be(12 * 50);
        (await check.Datasets.Where(d => d.Key == "police-uk-outcomes").Join(check.OutcomeCounts, d => d.Id, c => c.DatasetId, (d, c) => c).CountAsync())
            .Should().Be(0);
    }

    private sealed class CancelAtOutcomes(CancellationTokenSource cts) : IImportProgress
    {
        public void FileStarted(ImportSource source, FileFormat format) { if (format == FileFormat.PoliceUkOutcomes) cts.Cancel(); }
        public void RowsRead(ImportSource source, long rows, long bytes) { }
        public void FileFinished(FileImportResult result) { }
    }

    private sealed class CancelAfterFirstProgress(CancellationTokenSource cts) : IImportProgress
    {
        public void FileStarted(ImportSource source, FileFormat format) { }
        public void RowsRead(ImportSource source, long rows, long bytes) => cts.Cancel();
        public void FileFinished(FileImportResult result) { }
    }
}
