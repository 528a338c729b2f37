namespace OutOfCourt.Browser.Tests;

[Collection(BrowserCollectionDefinition.Name)]
public sealed class AccessibilityAndScreenshotTests(BrowserFixture app)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "overview", "/" },
        { "forces", "/forces" },
        { "force", "/forces/greater-manchester?serious=1" },
        { "offences", "/offences" },
        { "offence", "/offences/violence-and-sexual-offences" },
        { "compare", "/compare?measure=share" },
        { "explore", "/explore?outcome=community-resolution&by=offence" },
        { "methodology", "/methodology" },
        { "embed", "/embed/trend?force=greater-manchester&serious=1" },
        { "bad-filter", "/explore?year=1850" },
        { "not-found", "/forces/gotham" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violations(string name, string url)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + url);
        (await page.SeriousAccessibilityViolationsAsync()).Should().BeEmpty(name);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_is_screenshotted_at_desktop_and_phone_width_with_its_charts_drawn(string name, string url)
    {
        foreach (var (width, label) in new[] { (1280, "desktop"), (390, "phone") })
        {
            var page = await app.NewPageAsync(width, 900);
            await page.GotoAsync(app.BaseUrl + url);
            foreach (var figure in await page.Locator("figure.chart").AllAsync())
                (await figure.GetAttributeAsync("data-drawn")).Should().Be("true", $"{name} at {label}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(0, $"{name} fits the {label} width without sideways scrolling");
            await page.ScreenshotAsync(new() { Path = PageChecks.ScreenshotPath($"{name}-{label}.png"), FullPage = true });
        }
    }
}
