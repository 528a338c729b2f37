using OutOfCourt.Core;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;

namespace OutOfCourt.Web.Tests.Pages;

/// <summary>A year with no data is a gap on the page, never a zero.</summary>
public sealed class GapTests(WebAppFactory app) : IClassFixture<WebAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.GetPageAsync("/"); // starts the app: bundled data in, City of London street records for 2016
        // Written for this test: one City of London street record for March 2018, so 2017 has no data at all.
        var file = Path.Combine(app.Folder, "2018-03-city-of-london-street.csv");
        await File.WriteAllTextAsync(file,
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            "g1,2018-03,City of London Police,City of London Police,,,,,,Burglary,Local resolution,\n");
        var refs = await OutOfCourtSetup.PrepareAsync(app.DatabasePath, DataDirectory.Locate(), loadBundled: false);
        await using var connection = OutOfCourtDatabase.Open(app.DatabasePath);
        var run = await new Importer(connection, refs).ImportAsync([file], new ImportOptions());
        run.Succeeded.Should().BeTrue();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_year_without_data_is_shown_as_a_gap_with_a_note()
    {
        var (_, page) = await app.GetPageAsync("/forces/city-of-london?dataset=police-uk-street");

        var (_, rows) = page.Table("trend");
        rows.Select(r => (r[0], r[3])).Should().Equal(("2016", "80"), ("2017", "no data"), ("2018", "1"));
        var figure = page.QuerySelector("figure#trend")!;
        figure.QuerySelector(".notes")!.TextContent.Should().Contain("No data for 2017: shown as a gap, not as zero.")
            .And.Contain("2018: 1 of 12 months of data only.");
        figure.QuerySelector("script.chart-data")!.TextContent.Should().Contain("[31,null,1]",
            "the chart draws nothing for 2017 (the upper bound of serious: categories holding any flagged code)");
    }

    [Fact]
    public async Task Downloads_and_the_api_say_no_data_for_a_missing_year_never_leave_it_out()
    {
        var client = app.CreateClient();
        var csv = await client.GetStringAsync("/explore/download.csv?dataset=police-uk-street&force=city-of-london&outcome=community-resolution");
        var rows = csv.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')).ToList();
        rows.Should().ContainSingle(r => r[3] == "2017").Which.Should().Equal(
            "police-uk-street", "city-of-london", "City of London Police", "2017", "", "", "", "", "", "", "", "", "no data");
        rows.Where(r => r[3] == "2018").Should().OnlyContain(r => r[12] == "partial");

        using var json = System.Text.Json.JsonDocument.Parse(
            await client.GetStringAsync("/api/v1/counts?dataset=police-uk-street&force=city-of-london&outcome=community-resolution&by=year"));
        json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("year").GetString()).Should().Equal("2016", "2018");
        json.RootElement.GetProperty("coverage").EnumerateArray()
            .Select(c => (c.GetProperty("year").GetString(), c.GetProperty("periods").GetInt32(), c.GetProperty("status").GetString()))
            .Should().Equal(("2016", 12, "covered"), ("2017", 0, "no data"), ("2018", 1, "partial"));
    }
}
