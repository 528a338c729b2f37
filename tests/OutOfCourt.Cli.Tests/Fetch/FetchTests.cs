using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace OutOfCourt.Cli.Tests.Fetch;

/// <summary>
/// `outofcourt fetch` against a local stand-in for data.police.uk and GOV.UK, at the real paths: the counts are
/// checked against the rows each archive was built with, straight from the database file.
/// </summary>
public sealed class FetchTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly LocalPublisher _site = new();
    private string Cache => Path.Combine(_cli.Folder, "cache");

    public void Dispose()
    {
        _site.Dispose();
        _cli.Dispose();
    }

    private Task<(int Exit, string Out, string Err)> FetchAsync(params string[] extra) => _cli.RunAsync(
        ["fetch", "--cache", Cache, "--police-uk-archive", _site.ArchiveAddress, "--home-office-page", _site.HomeOfficeAddress, .. extra]);

    [Fact]
    public async Task The_first_fetch_imports_the_newest_archive_skipping_stop_and_search_and_records_its_checksum()
    {
        var zip = new PoliceUkArchive().Month("2024-01", 3).Month("2024-02", 5).Zip();
        _site.Archives(("2023-12", new PoliceUkArchive().Month("2023-12", 1).Zip()), ("2024-02", zip));

        var (exit, _, err) = await FetchAsync();

        exit.Should().Be(0, err);
        err.Should().Contain($"downloading {_site.ArchiveAddress}2024-02.zip")
            .And.Contain("archive 2024-02")
            .And.MatchRegex(@"skipped\s+\S+2024-01-city-of-london-stop-and-search\.csv: stop and search records hold no crime outcomes")
            .And.Contain("6 file(s): 4 imported, 0 unchanged, 0 refused, 2 skipped (2 because stop and search records hold no crime outcomes)");
        StreetCounts().Should().Equal(new Dictionary<string, long> { ["2024-01"] = 3, ["2024-02"] = 5 });
        _site.Gets($"{LocalPublisher.ArchivePath}2023-12.zip").Should().Be(0, "the newest archive holds 36 months");

        var sha = Convert.ToHexStringLower(SHA256.HashData(zip));
        File.ReadAllBytes(Path.Combine(Cache, "police-uk", "2024-02.zip")).Should().Equal(zip);
        File.ReadAllText(Path.Combine(Cache, "fetch-log.tsv")).Should()
            .Contain($"{_site.ArchiveAddress}2024-02.zip\tpolice-uk/2024-02.zip\t{zip.Length}\t{sha}");
        (await _cli.RunAsync("datasets")).Out.Should().Contain($"note: fetched from {_site.ArchiveAddress}2024-02.zip (SHA-256 {sha})");
    }

    [Fact]
    public async Task A_second_fetch_finds_nothing_new_and_downloads_nothing()
    {
        _site.Archives(("2024-02", new PoliceUkArchive().Month("2024-01", 3).Month("2024-02", 5).Zip()));
        (await FetchAsync()).Exit.Should().Be(0);

        var (exit, _, err) = await FetchAsync();

        exit.Should().Be(0, err);
        err.Should().Contain("data.police.uk: nothing newer; the newest archive is 2024-02 and the database holds months to 2024-02.")
            .And.Contain("summary: nothing newer than the database holds");
        _site.Gets($"{LocalPublisher.ArchivePath}2024-02.zip").Should().Be(1);
    }

    [Fact]
    public async Task A_newer_archive_replaces_a_revised_month_and_leaves_an_unchanged_one()
    {
        var first = new PoliceUkArchive().Month("2024-01", 3).Month("2024-02", 5);
        _site.Archives(("2024-02", first.Zip()));
        (await FetchAsync()).Exit.Should().Be(0);

        // The next month's archive: January as before, February revised (two more resolutions), March new.
        _site.Archives(("2024-02", first.Zip()), ("2024-03", new PoliceUkArchive().Month("2024-01", 3).Month("2024-02", 7).Month("2024-03", 2).Zip()));
        var (exit, _, err) = await FetchAsync();

        exit.Should().Be(0, err);
        err.Should().Contain("newer than the database's newest data.police.uk month, 2024-02")
            .And.Contain("9 file(s): 4 imported, 2 unchanged, 0 refused, 3 skipped")
            .And.Contain("replaced 1 earlier force-period slice(s)");
        StreetCounts().Should().Equal(new Dictionary<string, long> { ["2024-01"] = 3, ["2024-02"] = 7, ["2024-03"] = 2 });
    }

    [Fact]
    public async Task A_database_more_than_36_months_behind_takes_archives_back_to_the_months_it_holds()
    {
        _site.Archives(("2019-01", new PoliceUkArchive().Month("2018-12", 1).Month("2019-01", 1).Zip()));
        (await FetchAsync()).Exit.Should().Be(0);
        _site.Archives(("2019-01", []), ("2019-09", []), ("2020-06", []), ("2022-06", []));

        var (exit, output, err) = await FetchAsync("--dry-run");

        // 2022-06 holds 2019-07 on; 2019-06 is the highest month left, and the earliest archive holding it, 2019-09,
        // reaches back past the months held (2019-01), so 2020-06 and 2019-01 are not needed.
        exit.Should().Be(0, err);
        output.Should().Contain("/data/archive/2022-06.zip  0 bytes  archive 2022-06 holds 2019-07 to 2022-06")
            .And.Contain("/data/archive/2019-09.zip  0 bytes  archive 2019-09 holds 2016-10 to 2019-09")
            .And.NotContain("2020-06.zip").And.NotContain("2019-01.zip");
    }

    [Fact]
    public async Task A_download_cut_half_way_stays_a_part_file_and_the_next_run_resumes_it_with_a_range_request()
    {
        var zip = new PoliceUkArchive().Month("2024-01", 40).Month("2024-02", 50).Zip();
        _site.Archives(("2024-02", zip));
        _site.CutNextDownload($"{LocalPublisher.ArchivePath}2024-02.zip");

        var cut = await FetchAsync();

        cut.Exit.Should().Be(1);
        cut.Err.Should().Contain($"error: {_site.ArchiveAddress}2024-02.zip: ").And.Contain("resumes from there next time");
        var part = Path.Combine(Cache, "police-uk", "2024-02.zip.part");
        File.Exists(part).Should().BeTrue();
        var kept = new FileInfo(part).Length;
        kept.Should().BeInRange(1, zip.Length - 1);
        StreetCounts().Should().BeEmpty("nothing is imported from an incomplete download");

        var (exit, _, err) = await FetchAsync();

        exit.Should().Be(0, err);
        err.Should().Contain($"resuming {_site.ArchiveAddress}2024-02.zip");
        _site.Requests.Should().Contain($"GET {LocalPublisher.ArchivePath}2024-02.zip Range: bytes={kept}-");
        File.Exists(part).Should().BeFalse();
        File.ReadAllBytes(Path.Combine(Cache, "police-uk", "2024-02.zip")).Should().Equal(zip);
        StreetCounts().Should().Equal(new Dictionary<string, long> { ["2024-01"] = 40, ["2024-02"] = 50 });
    }

    [Fact]
    public async Task Dry_run_lists_address_size_and_reason_and_changes_nothing()
    {
        var zip = new PoliceUkArchive().Month("2024-02", 2).Zip();
        _site.Archives(("2024-02", zip));
        _site.File("/media/5f3a/prc-outcomes-open-data-mar2024-tables-240724.xlsx", [1, 2, 3, 4]);
        _site.Page(LocalPublisher.HomeOfficePath,
            "<a href='/media/5f3a/prc-outcomes-open-data-mar2024-tables-240724.xlsx'>Outcomes open data April 2023 to March 2024</a>" +
            "<a href=\"/media/77/prc-recorded-crime-guidance.pdf\">guidance</a>");

        var (exit, output, err) = await FetchAsync("--dry-run");

        exit.Should().Be(0, err);
        output.Should().Contain("would fetch:")
            .And.Contain($"{_site.ArchiveAddress}2024-02.zip  {zip.Length:N0} bytes  " +
                         "archive 2024-02 holds 2021-03 to 2024-02: the database holds no data.police.uk months")
            .And.Contain($"http://127.0.0.1:{_site.Port}/media/5f3a/prc-outcomes-open-data-mar2024-tables-240724.xlsx  4 bytes  " +
                         "linked from the Home Office page")
            .And.NotContain("guidance");
        Directory.Exists(Cache).Should().BeFalse();
        _site.Requests.Should().NotContain(r => r.StartsWith("GET /data/archive/2024-02.zip", StringComparison.Ordinal)
                                                || r.StartsWith("GET /media/", StringComparison.Ordinal));
        StreetCounts().Should().BeEmpty();
    }

    [Fact]
    public async Task Home_office_workbooks_linked_from_the_page_are_downloaded_once_and_handed_to_the_importer()
    {
        _site.Archives(("2024-02", new PoliceUkArchive().Month("2024-02", 1).Zip()));
        var workbook = "/media/65a1/prc-outcomes-open-data-mar2025-tables-240725.xlsx";
        var body = RandomNumberGenerator.GetBytes(3000);
        _site.File(workbook, body);
        _site.Page(LocalPublisher.HomeOfficePath,
            $"<ul><li><a class=\"govuk-link\" href=\"{workbook}\">Police recorded crime outcomes 2024 to 2025</a></li></ul>");

        var first = await FetchAsync();

        // Whether the importer reads it is the importer's business: the file is named in its own result line.
        first.Err.Should().Contain("Home Office: the page links 1 workbook(s); 0 imported already, 1 to fetch.")
            .And.MatchRegex(@"(imported|rejected)\s+\S+prc-outcomes-open-data-mar2025-tables-240725\.xlsx");
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        File.ReadAllText(Path.Combine(Cache, "fetch-log.tsv")).Should().Contain($"home-office/prc-outcomes-open-data-mar2025-tables-240725.xlsx\t3000\t{sha}");

        await FetchAsync();
        _site.Gets(workbook).Should().Be(1, "a complete download is kept in the cache");
    }

    [Fact]
    public async Task With_the_server_down_fetch_names_the_address_and_exits_1_leaving_the_database_untouched()
    {
        _site.Archives(("2024-02", new PoliceUkArchive().Month("2024-02", 1).Zip()));
        var archive = _site.ArchiveAddress;
        _site.Dispose();

        var (exit, _, err) = await FetchAsync();

        exit.Should().Be(1);
        err.Should().Contain($"error: {archive}: no connection: ").And.Contain("refused").And.Contain("check the network and the address");
        StreetCounts().Should().BeEmpty();
        Directory.Exists(Cache).Should().BeFalse();
    }

    [Fact]
    public async Task A_page_that_links_no_archive_is_a_clear_error()
    {
        _site.Page(LocalPublisher.ArchivePath, "<html><a href=\"/about\">about</a></html>");

        var (exit, _, err) = await FetchAsync();

        exit.Should().Be(1);
        err.Should().Contain($"error: {_site.ArchiveAddress}: the page links no monthly archive (YYYY-MM.zip)");
    }

    [Fact]
    public async Task An_address_that_is_not_http_is_wrong_usage()
    {
        var (exit, _, err) = await _cli.RunAsync("fetch", "--police-uk-archive", "ftp://data.police.uk/data/archive/");

        exit.Should().Be(2);
        err.Should().Contain("error: --police-uk-archive: 'ftp://data.police.uk/data/archive/' is not an http or https address");
    }

    /// <summary>Street records by month as stored, read from the database file itself.</summary>
    private Dictionary<string, long> StreetCounts()
    {
        if (!File.Exists(_cli.Db)) return [];
        using var connection = new SqliteConnection($"Data Source={_cli.Db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT c.Year, c.Period, SUM(c.Count) FROM OutcomeCounts c JOIN Datasets d ON d.Id = c.DatasetId " +
                          "WHERE d.Key = 'police-uk-street' GROUP BY c.Year, c.Period ORDER BY c.Year, c.Period";
        using var reader = cmd.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read()) counts[$"{reader.GetInt32(0)}-{reader.GetInt32(1):00}"] = reader.GetInt64(2);
        return counts;
    }
}
