using System.Globalization;
using System.Xml.Linq;

namespace OutOfCourt.Web.Tests.Exports;

/// <summary>Issue 18, item 9: files named after what they show, an SVG for a print column, value labels, embeds that keep their source.</summary>
public sealed class PrintAndNamingTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        await app.GetPageAsync("/");
        return await app.CreateClient().GetAsync(url);
    }

    [Theory]
    [InlineData("/charts/trend.csv?dataset=bbc-data-unit-2012-16&force=greater-manchester&serious=1",
        "outofcourt-trend-greater-manchester-serious-2012-to-2016-bbc-data-unit-2012-16.csv")]
    [InlineData("/charts/ranking.svg?dataset=bbc-data-unit-2012-16&from=2016&to=2016", "outofcourt-ranking-2016-bbc-data-unit-2012-16.svg")]
    [InlineData("/charts/ranking.svg?dataset=bbc-data-unit-2012-16&from=2016&to=2016&size=print", "outofcourt-ranking-2016-bbc-data-unit-2012-16-print.svg")]
    [InlineData("/charts/trend.json?dataset=bbc-data-unit-2012-16&offence=burglary&from=2014&to=2015",
        "outofcourt-trend-burglary-2014-to-2015-bbc-data-unit-2012-16.json")]
    [InlineData("/charts/by-offence.svg?dataset=bbc-data-unit-2012-16&force=kent&labels=1",
        "outofcourt-by-offence-kent-2012-to-2016-bbc-data-unit-2012-16-values.svg")]
    public async Task Downloads_are_named_after_chart_force_offence_and_years(string url, string file)
    {
        var response = await GetAsync(url);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be(file);
    }

    [Theory]
    [InlineData("/charts/ranking.svg?from=2016&to=2016&size=print")]
    [InlineData("/charts/trend.svg?force=greater-manchester&size=print")]
    [InlineData("/charts/by-offence.svg?dataset=bbc-data-unit-2012-16&size=print&labels=1")]
    public async Task The_print_svg_is_a_100_mm_column_with_no_text_under_8_pt(string url)
    {
        var svg = XDocument.Parse(await (await GetAsync(url)).Content.ReadAsStringAsync()).Root!;
        ((string)svg.Attribute("width")!).Should().Be("100mm");
        var viewBoxWidth = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
        var pointsPerUnit = 100 / 25.4 * 72 / viewBoxWidth;
        var sizes = svg.Descendants(Svg + "text")
            .Select(t => double.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture) * pointsPerUnit).ToList();
        sizes.Should().NotBeEmpty().And.OnlyContain(pt => pt >= 8, "print text is legible at a column's width");
    }

    [Fact]
    public async Task Value_labels_write_each_bars_value_and_are_off_by_default()
    {
        var (_, page) = await app.GetPageAsync("/compare?dataset=bbc-data-unit-2012-16&year=2016");
        var first = page.Table("ranking").Rows[0];
        var allOffences = first[4]; // rank, force, serious, other, all offences
        static string Texts(string s) => string.Join("|", XDocument.Parse(s).Descendants(Svg + "text").Select(t => t.Value));
        var plain = Texts(await (await GetAsync("/charts/ranking.svg?dataset=bbc-data-unit-2012-16&from=2016&to=2016")).Content.ReadAsStringAsync());
        var labelled = Texts(await (await
            GetAsync("/charts/ranking.svg?dataset=bbc-data-unit-2012-16&from=2016&to=2016&labels=1")).Content.ReadAsStringAsync());
        plain.Split('|').Should().NotContain(allOffences);
        labelled.Split('|').Should().Contain(allOffences);
    }

    [Fact]
    public async Task An_embed_closes_its_table_and_keeps_its_source_and_link_back_in_a_footer()
    {
        var (_, page) = await app.GetPageAsync("/embed/ranking?from=2016&to=2016");
        page.QuerySelector("details.data-table")!.HasAttribute("open").Should().BeFalse();
        var footer = page.QuerySelector(".embed-footer")!;
        footer.QuerySelector(".source")!.TextContent.Should().StartWith("Source:");
        footer.QuerySelector("a")!.GetAttribute("href").Should().StartWith("http://localhost/compare");
    }
}
