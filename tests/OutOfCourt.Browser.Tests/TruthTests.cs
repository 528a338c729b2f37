namespace OutOfCourt.Browser.Tests;

/// <summary>Issue 18 in real Chromium: questions the data cannot answer say so with links, and a probable gap is a gap.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class TruthTests(BrowserFixture app)
{
    [Theory]
    [InlineData("/offences/88A?dataset=bbc-data-unit-2012-16", "cannot count Home Office offence 88A (Sexual grooming)")]
    [InlineData("/offences/56A?dataset=bbc-data-unit-2012-16&force=greater-manchester", "cannot count Home Office offence 56A (Arson endangering life)")]
    public async Task A_home_office_code_asked_of_crime_type_data_says_this_data_cannot_tell_you(string url, string reason)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + url);
        (await page.Locator(".unanswerable h2").InnerTextAsync()).Should().Be("This data cannot tell you");
        (await page.Locator(".unanswerable").InnerTextAsync()).Should().Contain(reason);
        (await page.Locator(".unanswerable a[href='/methodology#answerability']").CountAsync()).Should().Be(1);
        (await page.Locator("figure").CountAsync()).Should().Be(0, "no chart or table of zeros");
        (await page.Locator("main").InnerTextAsync()).Should().NotContain("stayed at 0");
    }

    [Fact]
    public async Task Merseyside_2015_and_2016_are_drawn_as_a_probable_gap_not_as_zero()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/forces/merseyside?dataset=bbc-data-unit-2012-16");
        await page.WaitForSelectorAsync("figure#share[data-drawn=true]");
        var local = await page.EvaluateAsync<double?[]>("() => window.outOfCourtCharts.share.series[0].values");
        local[3].Should().BeNull("2015 is a probable gap");
        local[4].Should().BeNull("2016 is a probable gap");
        (await page.Locator("figure#share .notes").InnerTextAsync()).Should().Contain("Probable gap in the data for Merseyside Police");
    }
}
