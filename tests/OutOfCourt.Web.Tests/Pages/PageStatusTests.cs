using System.Net;

namespace OutOfCourt.Web.Tests.Pages;

public sealed class PageStatusTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?dataset=police-uk-street&serious=1")]
    [InlineData("/forces")]
    [InlineData("/forces/greater-manchester")]
    [InlineData("/forces/greater-manchester?serious=1&from=2014&to=2016&offence=violence-and-sexual-offences")]
    [InlineData("/forces/city-of-london?dataset=police-uk-outcomes")]
    [InlineData("/offences")]
    [InlineData("/offences/violence-and-sexual-offences")]
    [InlineData("/offences/robbery?force=metropolitan&force=kent")]
    [InlineData("/offences/88A")]
    [InlineData("/compare")]
    [InlineData("/compare?dataset=bbc-data-unit-2012-16&measure=share&year=2013")]
    [InlineData("/compare?measure=serious-share&dataset=police-uk-street")]
    [InlineData("/explore")]
    [InlineData("/explore?dataset=bbc-data-unit-2012-16&force=greater-manchester,city-of-london&offence=robbery&from=2013&to=2015" +
        "&outcome=community-resolution&serious=1&by=force")]
    [InlineData("/explore?dataset=police-uk-outcomes&by=code")]
    [InlineData("/explore?year=2016/17")]
    [InlineData("/methodology")]
    public async Task Every_page_answers_200_for_valid_filters(string url)
    {
        var (response, page) = await app.GetPageAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, page.Body?.TextContent);
        page.QuerySelector("h1").Should().NotBeNull();
    }

    [Theory]
    [InlineData("/explore?dataset=bbc-data-unit-2012-16&year=1850", "Year 1850 (from) is outside the data")]
    [InlineData("/explore?dataset=bbc-data-unit-2012-16&from=2016&to=2014", "The first year (2016) is after the last (2014)")]
    [InlineData("/explore?outcome=a-stern-word", "Unknown outcome 'a-stern-word'")]
    [InlineData("/explore?year=last-year", "'last-year' is not a year")]
    [InlineData("/explore?by=colour", "'colour' cannot be used to group")]
    [InlineData("/explore?force=gotham", "Unknown force 'gotham'")]
    [InlineData("/explore?dataset=nope", "Unknown dataset 'nope'")]
    [InlineData("/compare?measure=biggest", "'biggest' is not a measure")]
    [InlineData("/forces/greater-manchester?dataset=bbc-data-unit-2012-16&year=1850", "Year 1850 (from) is outside the data")]
    public async Task A_malformed_or_impossible_filter_gets_400_and_a_message_on_the_page(string url, string message)
    {
        var (response, page) = await app.GetPageAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector(".problems")!.TextContent.Should().Contain(message);
        page.QuerySelector("form.filters").Should().NotBeNull("the user can correct the filters on the same page");
    }

    [Theory]
    [InlineData("/forces/greater-manchestr", "/forces/greater-manchester")]
    [InlineData("/forces/gotham", "/forces/")]
    [InlineData("/offences/grooming", "/offences/")]
    [InlineData("/offences/robery", "/offences/robbery")]
    public async Task An_unknown_force_or_offence_gets_404_with_suggestions(string url, string suggested)
    {
        var (response, page) = await app.GetPageAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelectorAll(".suggestions a").Select(a => a.GetAttribute("href")).Should().Contain(h => h!.StartsWith(suggested));
    }

    [Fact]
    public async Task An_unknown_address_gets_a_404_page()
    {
        var (response, page) = await app.GetPageAsync("/no/such/page");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("h1")!.TextContent.Should().Be("Page not found");
    }

    [Fact]
    public async Task A_force_alias_redirects_to_its_canonical_address_keeping_the_filters()
    {
        var (response, _) = await app.GetPageAsync("/forces/Greater%20Manchester%20Police?serious=1");
        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().Should().Be("/forces/greater-manchester?serious=1");
    }

    [Fact]
    public async Task Pages_refuse_to_be_framed_by_other_sites()
    {
        var (response, _) = await app.GetPageAsync("/");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("SAMEORIGIN");
    }
}
