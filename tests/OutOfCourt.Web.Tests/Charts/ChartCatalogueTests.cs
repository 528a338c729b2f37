using OutOfCourt.Web.Charts;

namespace OutOfCourt.Web.Tests.Charts;

/// <summary>The catalogue: each chart once by name, and the full view each chart's address leads to.</summary>
public sealed class ChartCatalogueTests
{
    [Fact]
    public void Every_chart_is_found_by_its_exact_name_only()
    {
        ChartCatalogue.Names.Should().Equal("trend", "by-offence", "share", "ranking", "explore", "outcomes-mix");
        ChartCatalogue.Names.Should().AllSatisfy(name => ChartCatalogue.Find(name)!.Name.Should().Be(name));
        ChartCatalogue.Find("Trend").Should().BeNull();
        ChartCatalogue.Find("nonsense").Should().BeNull();
    }

    public static TheoryData<string, string, string> FullViews => new()
    {
        { "trend", "?force=kent&serious=1", "/forces/kent?serious=1" },
        { "trend", "?force=kent&force=essex", "/?force=kent&force=essex" },
        { "trend", "", "/" },
        { "by-offence", "?force=kent&top=3", "/forces/kent" },
        { "by-offence", "?dataset=police-uk-street", "/offences?dataset=police-uk-street" },
        { "share", "?dataset=police-uk-street&force=city-of-london", "/forces/city-of-london?dataset=police-uk-street" },
        { "share", "?offence=burglary", "/?offence=burglary" },
        { "ranking", "?dataset=police-uk-street&from=2016&to=2016&top=10", "/compare?dataset=police-uk-street&year=2016" },
        { "ranking", "?from=2014&measure=share&offence=burglary&to=2015", "/offences/burglary?from=2014&measure=share&to=2015" },
        { "ranking", "?measure=serious-share&top=10", "/compare?measure=serious-share" },
        { "explore", "?by=force&serious=1", "/explore?by=force&serious=1" },
    };

    [Theory, MemberData(nameof(FullViews))]
    public void A_chart_leads_to_the_page_that_shows_it_in_full(string name, string query, string expected) =>
        ChartCatalogue.FullView(new ChartSpec
        {
            Id = name, Name = name, Query = query, Title = "", Subtitle = "", Summary = "", Source = "", CategoryHeading = "", Labels = [], Series = [],
        }).Should().Be(expected);
}
