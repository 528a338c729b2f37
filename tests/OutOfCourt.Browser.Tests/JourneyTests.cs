using Microsoft.Playwright;

namespace OutOfCourt.Browser.Tests;

[Collection(BrowserCollectionDefinition.Name)]
public sealed class JourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_journalist_goes_from_the_overview_to_greater_manchester_and_sees_the_serious_bars_flagged()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Forces" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Greater Manchester Police", Exact = true }).ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Greater Manchester Police");

        // The default (newest) dataset has no offence detail; the BBC aggregate has the offences the policy flags.
        await page.GetByRole(AriaRole.Group, new() { Name = "Dataset" })
            .GetByRole(AriaRole.Radio, new() { Name = "BBC Data Unit national aggregate 2012-2016" }).CheckAsync();
        await page.GetByLabel("Serious offences only", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForSelectorAsync("figure#trend[data-drawn=true]");

        page.Url.Should().Contain("serious=1").And.Contain("dataset=bbc-data-unit-2012-16");
        var pixels = await page.CanvasPixelsAsync("trend");
        pixels.Drawn.Should().BeGreaterThan(pixels.Total / 20, "the chart actually drew");
        pixels.SeriousRed.Should().BeGreaterThan(pixels.Total / 50, "serious bars are drawn in the serious red hatch");
        var flags = await page.EvaluateAsync<bool[]>("() => window.outOfCourtCharts.trend.series[0].serious");
        flags.Should().OnlyContain(f => f);
        (await page.Locator("#trend .serious-legend").InnerTextAsync()).Should().Contain("serious offences").And.Contain("seriousness policy");
        (await page.Locator("#trend .summary").InnerTextAsync()).Should().Contain("serious offences (upper bound) in Greater Manchester Police");
    }

    [Fact]
    public async Task A_researcher_filters_explore_by_offence_and_the_table_matches_the_chart()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/explore?dataset=bbc-data-unit-2012-16");
        await page.GetByLabel("Offence", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Robbery" });
        await page.GetByLabel("Outcome", new() { Exact = true }).SelectOptionAsync("community-resolution");
        await page.GetByLabel("Group by", new() { Exact = true }).SelectOptionAsync("force");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForSelectorAsync("figure#explore[data-drawn=true]");

        var chart = await page.ChartTotalsAsync("explore");
        var table = await page.TableRowsAsync("explore");
        table.Should().HaveCount(chart.Count).And.HaveCountGreaterThan(30);
        foreach (var row in table)
            (PageChecks.Number(row[1]) + PageChecks.Number(row[2])).Should().Be(chart[row[0]], row[0]);
        (await page.CanvasPixelsAsync("explore")).Drawn.Should().BeGreaterThan(1000);
        (await page.Locator("#explore .subtitle").InnerTextAsync()).Should().Contain("Community resolution").And.Contain("Robbery");
    }

    [Fact]
    public async Task A_shared_url_restores_the_same_view_and_back_returns_to_the_previous_one()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/explore");
        var before = await page.TableRowsAsync("explore");
        await page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("2014");
        await page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("2015");
        await page.GetByLabel("Serious offences only", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var shared = page.Url;
        var rows = await page.TableRowsAsync("explore");

        var other = await app.NewPageAsync();
        await other.GotoAsync(shared);
        (await other.TableRowsAsync("explore")).Should().BeEquivalentTo(rows, o => o.WithStrictOrdering());
        (await other.GetByLabel("From", new() { Exact = true }).InputValueAsync()).Should().Be("2014");
        (await other.GetByLabel("Serious offences only", new() { Exact = true }).IsCheckedAsync()).Should().BeTrue();

        await page.GoBackAsync();
        (await page.TableRowsAsync("explore")).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Tables_and_filters_work_without_javascript()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/forces/greater-manchester?dataset=bbc-data-unit-2012-16");
        await page.GetByLabel("Serious offences only", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        page.Url.Should().Contain("serious=1");
        (await page.TableRowsAsync("trend")).Should().HaveCount(5);
    }
}
