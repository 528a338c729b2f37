using System.Globalization;
using OutOfCourt.Core.Queries;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace OutOfCourt.Web.Tests.Exports;

public sealed class DownloadTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        await app.GetPageAsync("/"); // make sure the app has started and loaded its data
        return await app.CreateClient().GetAsync(url);
    }

    private static List<string[]> CsvBody(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l.Split(',')).ToList();

    [Fact]
    public async Task Chart_csv_holds_exactly_the_rows_of_the_page_table_in_the_same_order_with_provenance()
    {
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1");
        var table = page.Table("trend");

        var response = await GetAsync("/charts/trend.csv?dataset=bbc-data-unit-2012-16&force=greater-manchester&serious=1");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("outofcourt-trend");
        var text = await response.Content.ReadAsStringAsync();

        var lines = text.Split('\n');
        lines.TakeWhile(l => l.StartsWith('#')).Should().Contain(l => l.StartsWith("# filters: Community resolution · Greater Manchester Police"))
            .And.Contain(l => l.StartsWith("# dataset: bbc-data-unit-2012-16"))
            .And.Contain(l => l.StartsWith("# seriousness policy version: 2026-12-03"))
            .And.Contain("# serious count: upper: categories that include serious offences (upper bound)")
            .And.Contain("# newest data: 2016")
            .And.Contain(l => l.StartsWith("# generated: "))
            .And.Contain(l => l.StartsWith("# permalink: http://localhost/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1"));
        var csv = CsvBody(text);
        csv[0].Should().Equal(table.Header);
        csv.Skip(1).Select(r => (r[0], long.Parse(r[1], CultureInfo.InvariantCulture))).Should().Equal(table.Rows.Select(r => (r[0],
            PageReading.Number(r[1]))));
    }

    [Fact]
    public async Task Chart_json_has_the_same_rows_as_the_cli()
    {
        var response = await GetAsync("/charts/explore.json?dataset=bbc-data-unit-2012-16&outcome=community-resolution&by=force&from=2016&to=2016");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("dataset").GetString().Should().Be("bbc-data-unit-2012-16");
        json.RootElement.GetProperty("seriousnessPolicyVersion").GetString().Should().NotBeNullOrEmpty();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("Force").GetString()!,
                r => r.GetProperty(SeriousKind.Upper.Label()).GetDouble() + r.GetProperty(SeriousKind.Upper.OtherLabel()).GetDouble());

        var cli = await app.CliQueryAsync("--dataset", "bbc-data-unit-2012-16", "--outcome", "community-resolution", "--year", "2016", "--by", "force");
        rows.Should().BeEquivalentTo(cli.Skip(1).ToDictionary(c => c[1], c => double.Parse(c[2], CultureInfo.InvariantCulture)));
        rows.Values.Should().BeInDescendingOrder("rows come in the order the chart shows them");
    }

    [Fact]
    public async Task Chart_svg_is_real_vector_output_carrying_title_filters_legend_source_and_import_date()
    {
        var response = await GetAsync("/charts/ranking.svg?dataset=bbc-data-unit-2012-16&from=2016&to=2016&top=10");
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Root!.Name.Should().Be(ns + "svg");
        svg.Descendants(ns + "image").Should().BeEmpty("no picture wrapped in SVG");
        svg.Descendants(ns + "rect").Count(r => (string?)r.Attribute("fill") == "url(#serious-hatch)").Should().BeGreaterThanOrEqualTo(10);
        var text = string.Join(" ", svg.Descendants(ns + "text").Select(t => t.Value));
        text.Should().Contain("Forces ranked by number of community resolutions, 2016")
            .And.Contain("Community resolutions · all forces · all offences · 2016")
            .And.Contain("Upper bound: categories that include serious offences, under the OutOfCourt seriousness policy")
            .And.Contain("figures to 2016, files imported")
            .And.Contain("Open Government Licence v3.0")
            .And.Contain("Data imported")
            .And.Contain("Greater Manchester Police");
    }

    [Fact]
    public async Task Csv_cells_that_a_spreadsheet_would_run_are_neutralised()
    {
        OutOfCourt.Core.Export.ResultWriters.Neutralise("=HYPERLINK(\"x\")").Should().Be("'=HYPERLINK(\"x\")");
        foreach (var c in new[] { "+1", "-1", "@SUM(A1)", "\tx", "\rx" }) OutOfCourt.Core.Export.ResultWriters.Neutralise(c).Should().StartWith("'");
        OutOfCourt.Core.Export.ResultWriters.Neutralise("Kent Police").Should().Be("Kent Police");

        // A user-supplied filter echoed in a download header cannot start a formula either.
        var text = await (await GetAsync("/charts/explore.csv?offence=%3DHYPERLINK(1)")).Content.ReadAsStringAsync();
        text.Split('\n').Where(l => !l.StartsWith('#')).Should().NotContain(l => l.StartsWith('='));
    }

    [Fact]
    public async Task The_full_explore_download_streams_every_stored_count_behind_the_filters()
    {
        var response = await GetAsync("/explore/download.csv?dataset=police-uk-street&force=city-of-london&outcome=community-resolution");
        var text = await response.Content.ReadAsStringAsync();
        var rows = CsvBody(text);
        rows[0].Should().Equal("dataset", "force", "force_name", "year", "period", "offence_category", "offence_code", "offence_name", "serious",
            "outcome_class", "outcome", "count", "coverage");
        rows.Skip(1).Sum(r => long.Parse(r[11], CultureInfo.InvariantCulture)).Should().Be(80,
            "City of London's 2016 local resolutions, counted independently in the Core tests");
        rows.Skip(1).Select(r => r[4]).Should().BeInAscendingOrder();
        text.Should().Contain("# OutOfCourt: Community resolution · City of London Police");
    }

    [Theory]
    [InlineData("/charts/trend.csv?year=1850", 400)]
    [InlineData("/charts/pie.csv", 404)]
    [InlineData("/charts/trend.xlsx", 404)]
    [InlineData("/explore/download.csv?outcome=nope", 400)]
    public async Task Bad_download_requests_get_problem_details(string url, int status)
    {
        var response = await GetAsync(url);
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Embeds_may_be_framed_by_other_sites_while_pages_may_not()
    {
        var embed = await GetAsync("/embed/trend?force=greater-manchester");
        embed.StatusCode.Should().Be(HttpStatusCode.OK);
        embed.Headers.Contains("X-Frame-Options").Should().BeFalse();
        embed.Headers.GetValues("Content-Security-Policy").Should().Equal("frame-ancestors *");
        var html = await embed.Content.ReadAsStringAsync();
        html.Should().Contain("outofcourt:height").And.Contain("Full view and data on OutOfCourt").And.Contain("Open Government Licence");

        var page = await GetAsync("/forces/greater-manchester");
        page.Headers.GetValues("Content-Security-Policy").Should().Equal("frame-ancestors 'self'");
    }

    [Fact]
    public async Task Every_chart_on_a_page_offers_downloads_embed_and_permalink_with_the_same_filters()
    {
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1&from=2014");
        var actions = page.QuerySelector("figure#trend .chart-actions")!;
        actions.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).Should().Equal(
            "/charts/trend.svg?dataset=bbc-data-unit-2012-16&force=greater-manchester&from=2014&serious=1",
            "/charts/trend.svg?dataset=bbc-data-unit-2012-16&force=greater-manchester&from=2014&serious=1&size=print",
                // issue 18: print column and value labels
            "/charts/trend.svg?dataset=bbc-data-unit-2012-16&force=greater-manchester&from=2014&serious=1&labels=1",
            "/charts/trend.csv?dataset=bbc-data-unit-2012-16&force=greater-manchester&from=2014&serious=1",
            "/charts/trend.json?dataset=bbc-data-unit-2012-16&force=greater-manchester&from=2014&serious=1");
        actions.QuerySelector("a.permalink")!.GetAttribute("href").Should().Be("/forces/greater-manchester?dataset=bbc-data-unit-2012-16&from=2014&serious=1");
        actions.QuerySelector("textarea")!.TextContent.Should().Contain("<iframe " +
            "src=\"http://localhost/embed/trend?dataset=bbc-data-unit-2012-16&force=greater-manchester&from=2014&serious=1\"");
    }
}
