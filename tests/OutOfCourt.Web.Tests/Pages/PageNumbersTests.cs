using System.Globalization;
using OutOfCourt.Core.Queries;
namespace OutOfCourt.Web.Tests.Pages;

/// <summary>The numbers on the pages equal the CLI's `query` for the same filters.</summary>
public sealed class PageNumbersTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Force_trend_equals_the_cli_by_year()
    {
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?dataset=bbc-data-unit-2012-16");
        var (header, rows) = page.Table("trend");
        header.Should().Equal("Year", SeriousKind.Upper.Label(), SeriousKind.Upper.OtherLabel(), "All offences");

        var cli = await app.CliQueryAsync("--dataset", "bbc-data-unit-2012-16", "--force", "greater-manchester", "--outcome", "community-resolution", "--by",
            "year,serious");
        foreach (var row in rows)
        {
            var year = row[0];
            PageReading.Number(row[1]).Should().Be(long.Parse(cli.Single(c => c[0] == year && c[1] == "yes")[2], CultureInfo.InvariantCulture));
            PageReading.Number(row[2]).Should().Be(long.Parse(cli.Single(c => c[0] == year && c[1] == "no")[2], CultureInfo.InvariantCulture));
        }
        rows.Select(r => PageReading.Number(r[3])).Sum().Should().Be(41_578, "the BBC's by-force total for Greater Manchester");
    }

    [Fact]
    public async Task Force_offence_breakdown_equals_the_cli_by_offence()
    {
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?dataset=bbc-data-unit-2012-16&from=2016&to=2016");
        var (_, rows) = page.Table("by-offence");
        var cli = await app.CliQueryAsync("--dataset", "bbc-data-unit-2012-16", "--force", "greater-manchester", "--outcome", "community-resolution", "--year",
            "2016", "--by", "offence");
        rows.ToDictionary(r => r[0], r => PageReading.Number(r[3]))
            .Should().BeEquivalentTo(cli.Skip(1).ToDictionary(c => c[1], c => long.Parse(c[2], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Serious_filter_shows_only_flagged_bars_with_their_legend()
    {
        var (_, page) = await app.GetPageAsync("/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1");
        var figure = page.QuerySelector("figure#trend")!;
        figure.QuerySelector(".serious-legend")!.TextContent.Should().Contain("seriousness policy (version");
        figure.QuerySelector(".serious-legend a")!.GetAttribute("href").Should().Be("/methodology#serious-interval");
        var (header, rows) = page.Table("trend");
        header.Should().Equal("Year", SeriousKind.Upper.Label());
        var cli = await app.CliQueryAsync("--dataset", "bbc-data-unit-2012-16", "--force", "greater-manchester", "--outcome", "community-resolution",
            "--serious", "--by", "year");
        rows.Select(r => (r[0], PageReading.Number(r[1]))).Should().Equal(cli.Skip(1).Select(c => (c[0], long.Parse(c[1], CultureInfo.InvariantCulture))));
        figure.QuerySelector(".subtitle")!.TextContent.Should().Contain("only categories that include serious offences (upper bound)");
        // Upper bound from the Home Office correspondence; checked against an independent python sum of the BBC file (4,682 and 5,832).
        figure.QuerySelector(".summary")!.TextContent.Should().StartWith("Community resolutions in categories that include serious offences (upper bound) in " +
            "Greater Manchester Police rose from 4,682 in 2012 to 5,832 in 2016, according to BBC Data Unit national aggregate 2012-2016.");
    }

    [Fact]
    public async Task Explore_table_equals_the_cli_for_the_same_filters()
    {
        var (_, page) =
            await app.GetPageAsync("/explore?dataset=bbc-data-unit-2012-16&outcome=community-resolution&offence=robbery&from=2014&to=2016&by=force");
        var (_, rows) = page.Table("explore");
        var cli = await app.CliQueryAsync("--dataset", "bbc-data-unit-2012-16", "--outcome", "community-resolution", "--offence", "robbery", "--from", "2014",
            "--to", "2016", "--by", "force");
        rows.ToDictionary(r => r[0], r => PageReading.Number(r[1]) + PageReading.Number(r[2]))
            .Should().BeEquivalentTo(cli.Skip(1).ToDictionary(c => c[1], c => long.Parse(c[2], CultureInfo.InvariantCulture)));
        page.QuerySelector("p.meta code")!.TextContent.Should().Contain("outofcourt query --dataset bbc-data-unit-2012-16 --offence \"robbery\" --from 2014 " +
            "--to 2016 --outcome community-resolution --by force,serious");
    }

    [Fact]
    public async Task Compare_shares_state_their_denominators_and_match_the_cli()
    {
        var (_, page) = await app.GetPageAsync("/compare?measure=share&year=2016");
        var (header, rows) = page.Table("ranking");
        header[0].Should().Be("Rank");
        header[2].Should().Be("Share of all outcomes");
        rows = rows.Select(r => r.Skip(1).ToList()).ToList(); // the rank column, then the columns as before
        var cli = await app.CliQueryAsync("--year", "2016", "--by", "force,outcome");
        var kent = rows.Single(r => r[0] == "Kent Police");
        var kentRows = cli.Where(c => c[0] == "kent").ToList();
        var outcomes = kentRows.Where(c => c[2] != "no-outcome").Sum(c => long.Parse(c[4], CultureInfo.InvariantCulture));
        var cr = long.Parse(kentRows.Single(c => c[2] == "community-resolution")[4], CultureInfo.InvariantCulture);
        kent[1].Should().Be($"{(double)cr / outcomes:P1} of {outcomes:N0}".Replace(" %", "%"));
        PageReading.Number(kent[2]).Should().Be(cr);
        rows.Select(r => double.Parse(r[1].Split('%')[0], CultureInfo.InvariantCulture)).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task Overview_headline_counts_equal_the_cli()
    {
        var (_, page) = await app.GetPageAsync("/");
        var card = page.QuerySelectorAll(".card").Single(c => c.QuerySelector("h3")!.TextContent.StartsWith("BBC Data Unit", StringComparison.Ordinal));
        card.QuerySelector("h3")!.TextContent.Should().EndWith("2016");
        var cli = await app.CliQueryAsync("--dataset", "bbc-data-unit-2012-16", "--year", "2016", "--outcome", "community-resolution");
        PageReading.Number(card.QuerySelector(".big")!.TextContent).Should().Be(long.Parse(cli[1][0], CultureInfo.InvariantCulture)).And.Be(95_278);
    }

    [Fact]
    public async Task Financial_and_calendar_years_are_labelled_and_every_chart_names_its_dataset_and_licence()
    {
        var (_, page) = await app.GetPageAsync("/forces/city-of-london?dataset=police-uk-street");
        foreach (var source in page.QuerySelectorAll("figure.chart .source"))
            source.TextContent.Should().Contain("dataset police-uk-street").And.Contain("Open Government Licence v3.0");
        page.Table("trend").Rows.Select(r => r[0]).Should().Equal("2016");
    }
}
