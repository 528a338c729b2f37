namespace OutOfCourt.Browser.Tests;

/// <summary>A fresh clone's first page: the newest figures (2025/26), drawn, with their source, at desktop and phone width.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class CurrentDataTests(BrowserFixture app)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_first_page_shows_2025_26_with_its_source(int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync(app.BaseUrl + "/");
        await page.WaitForSelectorAsync("figure#trend[data-drawn=true]");

        (await page.Locator("#trend .subtitle").InnerTextAsync()).Should().Contain("2025/26");
        (await page.Locator("#trend").InnerTextAsync()).Should().Contain("Source: Home Office").And.Contain("Open Government Licence");
        var pixels = await page.CanvasPixelsAsync("trend");
        pixels.Drawn.Should().BeGreaterThan(pixels.Total / 20, "the chart actually drew");
    }

    [Fact]
    public async Task A_force_page_draws_the_outcomes_mix_and_shows_its_rates()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/forces/greater-manchester");
        await page.WaitForSelectorAsync("figure#outcomes-mix[data-drawn=true]");
        var pixels = await page.CanvasPixelsAsync("outcomes-mix");
        pixels.Drawn.Should().BeGreaterThan(pixels.Total / 20);
        (await page.Locator("#rates").InnerTextAsync()).Should().Contain("per 1,000 recorded crimes").And.Contain("2025/26");
    }
}
