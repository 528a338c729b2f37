using Microsoft.Playwright;

namespace OutOfCourt.Browser.Tests;

/// <summary>Issue 18, items 6 to 9 in real Chromium: finding an offence, the quotable ranking, layouts that hold, exports.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class FindingLayoutAndExportTests(BrowserFixture app)
{
    [Fact]
    public async Task The_offence_search_works_without_javascript()
    {
        var context = await app.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/offences");
        await page.GetByLabel("Find an offence by its name or Home Office code").FillAsync("sexual grooming");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        page.Url.Should().Contain("q=sexual+grooming");
        (await page.Locator("#home-office-codes ~ details a").AllInnerTextsAsync()).Should().Equal("88A Sexual grooming");
        await page.Locator("a[href='/offences/88A']").ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("88A");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Home_office_codes_are_browsable_by_group()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/offences");
        var group = page.Locator("details.offence-group", new() { HasText = "Criminal damage and arson" });
        (await group.Locator("a[href='/offences/56A']").IsVisibleAsync()).Should().BeFalse("groups start closed");
        await group.Locator("summary").ClickAsync();
        (await group.Locator("a[href='/offences/56A']").IsVisibleAsync()).Should().BeTrue();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/compare?force=greater-manchester")]
    [InlineData("/offences/violence-and-sexual-offences")]
    [InlineData("/forces/greater-manchester")]
    public async Task No_table_is_wider_than_its_card_at_1280_px(string url)
    {
        var page = await app.NewPageAsync(1280, 900);
        await page.GotoAsync(app.BaseUrl + url);
        var overflows = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('figure.chart')].flatMap(f => {
              const t = f.querySelector('table'), r = f.querySelector('.table-scroll');
              return t && t.getBoundingClientRect().width > r.getBoundingClientRect().width + 0.5
                ? [f.id + ': table ' + t.getBoundingClientRect().width + ' > card ' + r.getBoundingClientRect().width] : [];
            })
            """);
        overflows.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/offences/violence-and-sexual-offences?dataset=bbc-data-unit-2012-16")]
    public async Task On_a_phone_a_ranking_gives_each_bar_its_own_height(string url)
    {
        var page = await app.NewPageAsync(390, 800);
        await page.GotoAsync(app.BaseUrl + url);
        var (height, bars) = await page.EvaluateAsync<double[]>("""
            () => { const c = document.querySelector('#ranking .chart-canvas');
                    return [c.getBoundingClientRect().height, window.outOfCourtCharts.ranking.labels.length]; }
            """) switch { var v => (v[0], v[1]) };
        bars.Should().BeGreaterThan(40);
        (height / bars).Should().BeGreaterThanOrEqualTo(20, "43 forces need a readable band each");
    }

    [Fact]
    public async Task On_a_phone_tables_scroll_inside_a_labelled_region_and_the_dataset_names_are_whole()
    {
        var page = await app.NewPageAsync(390, 800);
        await page.GotoAsync(app.BaseUrl + "/compare");
        var regions = page.Locator("figure.chart .table-scroll");
        foreach (var region in await regions.AllAsync())
        {
            (await region.GetAttributeAsync("role")).Should().Be("region");
            (await region.GetAttributeAsync("aria-label")).Should().NotBeNullOrEmpty();
            (await region.GetAttributeAsync("tabindex")).Should().Be("0");
        }
        var cut = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.dataset-choice label')].filter(l => l.scrollWidth > l.clientWidth + 1
                    || l.getBoundingClientRect().right > window.innerWidth).map(l => l.innerText)
            """);
        cut.Should().BeEmpty("every dataset's name shows in full");
        var picker = page.Locator("select#force");
        if (await picker.CountAsync() > 0) (await picker.BoundingBoxAsync())!.Width.Should().BeGreaterThan(300);
    }

    [Fact]
    public async Task The_chosen_force_stands_out_in_the_ranking_with_the_national_line_drawn()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/compare?dataset=bbc-data-unit-2012-16&force=greater-manchester");
        (await page.Locator("#ranking tr.highlight th").InnerTextAsync()).Should().Be("Greater Manchester Police");
        (await page.Locator("#ranking .quote").InnerTextAsync()).Should().Contain("Greater Manchester Police ranked 1st of the 43 territorial forces");
        (await page.Locator("#ranking tfoot").InnerTextAsync()).Should().Contain("All 43 forces with data");
        // The dashed national line: dark pixels in a column of the plot where no bar colour is.
        var dark = await page.EvaluateAsync<int>("""
            () => { const c = window.outOfCourtCharts.ranking.chart, x = Math.round(c.scales.x.getPixelForValue(
                      JSON.parse(document.querySelector('#ranking .chart-data').textContent).national.value) * devicePixelRatio);
                    const g = c.ctx, a = c.chartArea, d = g.getImageData(x, Math.round(a.top * devicePixelRatio), 1,
                      Math.round((a.bottom - a.top) * devicePixelRatio)).data;
                    let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && d[i] < 60 && d[i + 1] < 60 && d[i + 2] < 60) n++; return n; }
            """);
        dark.Should().BeGreaterThan(50);
    }

    [Fact]
    public async Task The_png_is_named_after_what_it_shows()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#trend button.png").ClickAsync());
        download.SuggestedFilename.Should().Be("outofcourt-trend-greater-manchester-serious-2012-to-2016-bbc-data-unit-2012-16.png");
        await page.Locator("#trend input.value-labels").CheckAsync();
        var labelled = await page.RunAndWaitForDownloadAsync(() => page.Locator("#trend button.png").ClickAsync());
        labelled.SuggestedFilename.Should().Be("outofcourt-trend-greater-manchester-serious-2012-to-2016-bbc-data-unit-2012-16-values.png");
    }

    [Fact]
    public async Task An_embed_in_a_short_frame_without_the_resize_script_still_shows_its_source_and_link_back()
    {
        var page = await app.NewPageAsync(600, 620);
        await page.GotoAsync(app.BaseUrl + "/embed/ranking");
        foreach (var selector in new[] { ".embed-footer .source", ".embed-footer a" })
        {
            var box = (await page.Locator(selector).BoundingBoxAsync())!;
            (box.Y + box.Height).Should().BeLessThanOrEqualTo(620, $"{selector} is inside the frame's first screen");
            box.Y.Should().BeGreaterThanOrEqualTo(0);
        }
        (await page.Locator("details.data-table").GetAttributeAsync("open")).Should().BeNull();
    }
}
