using System.Globalization;
using System.Net;

namespace OutOfCourt.Web.Tests.Pages;

/// <summary>Issue 18, items 6 and 7: finding an offence or a force by its words, and a ranking a journalist can quote.</summary>
public sealed class FindingAndRankingTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/offences/sexual-grooming", "/offences/88A")]
    [InlineData("/offences/aggravated-vehicle-taking", "/offences/37.2")]
    [InlineData("/offences/arson", "/offences/56A")]
    [InlineData("/offences/arson", "/offences/56B")]
    [InlineData("/forces/gmp-police", "/forces/greater-manchester")]
    [InlineData("/forces/manchster", "/forces/greater-manchester")]
    [InlineData("/forces/transport-police", "/forces/btp")]
    public async Task A_404_suggests_what_its_words_name(string url, string suggested)
    {
        var (response, page) = await app.GetPageAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelectorAll(".suggestions a").Select(a => a.GetAttribute("href")).Should().Contain(suggested);
    }

    [Fact]
    public async Task Arson_suggests_the_arson_codes_and_not_the_other_criminal_damage_codes()
    {
        var (_, page) = await app.GetPageAsync("/offences/arson");
        var links = page.QuerySelectorAll(".suggestions a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().NotContain("/offences/58A");
    }

    [Theory]
    [InlineData("/forces/GMP", "/forces/greater-manchester")]
    [InlineData("/forces/the-met", "/forces/metropolitan")]
    [InlineData("/forces/met", "/forces/metropolitan")]
    [InlineData("/forces/BTP", "/forces/btp")]
    public async Task Force_abbreviations_lead_to_the_force(string url, string target)
    {
        var (response, _) = await app.GetPageAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().Should().Be(target);
    }

    [Fact]
    public async Task The_offences_page_lists_every_home_office_code_by_group_and_every_crime_type()
    {
        // Independent count: the reference file's rows, and the crime-type file's rows.
        var data = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "reference");
        var codes = File.ReadAllLines(Path.Combine(data, "home-office-offence-codes-2017-18.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')[0]).ToList();
        var crimeTypes = File.ReadAllLines(Path.Combine(data, "police-uk-crime-types.csv")).Skip(1).Where(l => l.Length > 0).Count();
        var (_, page) = await app.GetPageAsync("/offences");
        var listed = page.QuerySelectorAll("#home-office-codes ~ details .codes a").Select(a => a.GetAttribute("href")!).ToList();
        listed.Should().Contain(codes.Select(c => $"/offences/{c}"));
        page.QuerySelectorAll("details.offence-group summary").Select(s => s.TextContent).Should().Contain(s => s.StartsWith("Sexual offences"));
        page.QuerySelectorAll("section[aria-labelledby=crime-types] li").Length.Should().BeGreaterThanOrEqualTo(crimeTypes);
    }

    [Theory]
    [InlineData("sexual grooming", "/offences/88A", "/offences/56A")]
    [InlineData("arson", "/offences/56B", "/offences/88A")]
    [InlineData("37.2", "/offences/37.2", "/offences/56A")]
    [InlineData("bicycle", "/offences/Bicycle%20theft", "/offences/88A")]
    public async Task The_search_box_filters_on_the_server(string words, string found, string notFound)
    {
        var (response, page) = await app.GetPageAsync("/offences?q=" + Uri.EscapeDataString(words));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain(found).And.NotContain(notFound);
        page.QuerySelector("form[role=search] input[name=q]")!.GetAttribute("value").Should().Be(words);
        page.QuerySelector("[role=status]")!.TextContent.Should().Contain(words);
    }

    [Fact]
    public async Task A_ranking_with_one_force_ranks_every_force_highlights_that_one_and_says_where_it_ranked()
    {
        // Independent count from the bundled file: community resolutions ("Local resolution") by force in 2016.
        var file = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data", "bbc-data-unit",
            "crime outcomes by category force year 2012-16.csv");
        var byForce = File.ReadAllText(file).Split('\r', '\n').Skip(1).Select(l => l.Split(','))
            .Where(f => f.Length == 5 && f[0] == "2016" && f[4] == "Local resolution")
            .GroupBy(f => f[3]).ToDictionary(g => g.Key, g => g.Sum(f => long.Parse(f[1], CultureInfo.InvariantCulture)));
        var gmp = byForce["Greater Manchester Police"];
        var expectedRank = 1 + byForce.Values.Count(v => v > gmp);

        var (_, page) = await app.GetPageAsync("/compare?dataset=bbc-data-unit-2012-16&force=greater-manchester&year=2016");
        var rows = page.QuerySelectorAll("#ranking tbody tr").ToList();
        rows.Count.Should().BeGreaterThan(40, "every force is ranked, not only the one asked for");
        var highlighted = rows.Single(r => r.ClassList.Contains("highlight"));
        highlighted.QuerySelector("th a")!.GetAttribute("href").Should().Be("/forces/greater-manchester?dataset=bbc-data-unit-2012-16");
        highlighted.QuerySelector("td.rank")!.TextContent.Trim().Should().Be(expectedRank.ToString(CultureInfo.InvariantCulture));
        page.QuerySelector("#ranking .quote q")!.TextContent.Should().Be(
            $"Greater Manchester Police ranked 1st of the 43 territorial forces of England and Wales by number of community resolutions in 2016.");
        expectedRank.Should().Be(1);
        var national = page.QuerySelector("#ranking tfoot tr.national")!.TextContent;
        national.Should().Contain("All 43 forces with data")
            .And.Contain(byForce.Values.Sum().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public async Task Rankings_link_every_force_name_and_number_their_rows()
    {
        var (_, page) = await app.GetPageAsync("/");
        var rows = page.QuerySelectorAll("#ranking tbody tr").ToList();
        rows.Should().NotBeEmpty();
        rows.Select(r => r.QuerySelector("td.rank")!.TextContent.Trim()).Should().Equal(Enumerable.Range(1,
            rows.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        rows.Should().OnlyContain(r => r.QuerySelector("th a[href^='/forces/']") != null);
        page.QuerySelector("#ranking .quote").Should().BeNull("no force was asked for, so no force's rank is stated");
    }
}
