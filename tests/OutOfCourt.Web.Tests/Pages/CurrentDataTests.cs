namespace OutOfCourt.Web.Tests.Pages;

/// <summary>The newest figures first: the default dataset, the force page's outcome mix and rates, and the seed story's link.</summary>
public sealed class CurrentDataTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_range_that_ends_on_a_probable_gap_still_shows_it_as_a_gap()
    {
        // Greater Manchester 2019/20 holds one quarter of outcomes (records-system change): judged on the whole series, then clipped.
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?from=2019&to=2020");
        var trend = page.QuerySelector("figure#trend")!;
        trend.QuerySelector(".summary")!.TextContent.Should().NotContain("1,208").And.NotContain("rose");
        trend.TextContent.Should().Contain("Probable gap in the data for Greater Manchester Police");
    }

    [Fact]
    public async Task The_first_page_charts_the_newest_dataset_to_2025_26_and_names_its_source()
    {
        var (_, page) = await app.GetPageAsync("/");
        var trend = page.QuerySelector("figure#trend")!;
        trend.QuerySelector(".subtitle")!.TextContent.Should().Contain("2025/26");
        trend.TextContent.Should().Contain("Home Office outcomes tables (derived)");
        var (header, rows) = page.Table("trend");
        // No offence detail in this dataset: one series of all offences, never a serious series of zeros.
        header.Should().Equal("Financial year", "All offences");
        trend.TextContent.Should().Contain("cannot say which community resolutions were for serious offences");
        rows[^1][0].Should().Be("2025/26");
        PageReading.Number(rows[^1][1]).Should().Be(185_570, "national community resolutions 2025/26, summed from the bundled file");
    }

    [Fact]
    public async Task The_force_page_stacks_the_other_out_of_court_outcomes_and_shows_rates_with_their_denominators()
    {
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?from=2024&to=2024");
        var (header, rows) = page.Table("outcomes-mix");
        header.Should().Equal("Financial year", "Community resolution", "Caution", "Penalty notice for disorder", "Cannabis or khat warning",
            "Diversionary or intervention activity", "Charged or summonsed", "All out-of-court outcomes");
        var sum = rows[0].Skip(1).Take(5).Sum(PageReading.Number);
        PageReading.Number(rows[0][7]).Should().Be(sum);
        var rates = page.QuerySelector("#rates")!;
        rates.TextContent.Should().Contain("Recorded crime").And.Contain("Per 1,000 recorded crimes").And.Contain("police recorded crime");
    }

    [Fact]
    public async Task The_chart_is_in_the_catalogue_with_its_downloads()
    {
        var response = await app.CreateClient().GetAsync("/charts/outcomes-mix.csv?force=kent");
        response.EnsureSuccessStatusCode();
        (await response.Content.ReadAsStringAsync()).Should().Contain("Community resolution,Caution");
    }

    [Fact]
    public async Task The_methodology_links_to_the_seed_story_figures()
    {
        var (_, page) = await app.GetPageAsync("/methodology");
        var link = page.QuerySelectorAll("#seed-story a")[0];
        link.GetAttribute("href").Should().Contain("dataset=home-office-tables-closed").And.Contain("force=greater-manchester");
        link.TextContent.Should().Contain("34,720");
    }
}
