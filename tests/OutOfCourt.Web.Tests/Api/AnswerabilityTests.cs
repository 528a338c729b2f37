using System.Net;
using System.Text.Json;

namespace OutOfCourt.Web.Tests.Api;

/// <summary>Questions the dataset cannot answer: a 422 problem detail with the reason and the datasets that can, never rows of zeros.</summary>
public sealed class AnswerabilityTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private async Task<HttpClient> ClientAsync()
    {
        await app.GetPageAsync("/");
        return app.CreateClient();
    }

    [Theory]
    [InlineData("/api/v1/counts?dataset=bbc-data-unit-2012-16&offence=88A", "bbc-data-unit-2012-16",
        "This data cannot tell you: the dataset BBC Data Unit national aggregate 2012-2016 counts offences by data.police.uk crime type " +
        "(not Home Office offence code), so it cannot count Home Office offence 88A (Sexual grooming). No loaded dataset can answer it.", new string[0])]
    [InlineData("/api/v1/counts?dataset=bbc-data-unit-2012-16&offence=56A&force=greater-manchester&by=year", "bbc-data-unit-2012-16",
        "cannot count Home Office offence 56A", new string[0])]
    [InlineData("/api/v1/counts?dataset=police-uk-street&force=kent", "police-uk-street",
        "the dataset data.police.uk street records holds no data for Kent Police (it holds 2 forces)",
        new[] { "bbc-data-unit-2012-16", "home-office-tables-closed", "home-office-tables-recorded" })]
    [InlineData("/charts/trend.csv?dataset=bbc-data-unit-2012-16&offence=88A", "bbc-data-unit-2012-16", "cannot count Home Office offence 88A", new string[0])]
    [InlineData("/charts/ranking.json?dataset=bbc-data-unit-2012-16&offence=56A&force=greater-manchester", "bbc-data-unit-2012-16",
        "cannot count Home Office offence 56A",
        new string[0])]
    [InlineData("/explore/download.csv?dataset=police-uk-outcomes&force=kent", "police-uk-outcomes", "holds no data for Kent Police",
        new[] { "bbc-data-unit-2012-16", "home-office-tables-closed", "home-office-tables-recorded" })]
    public async Task Unanswerable_questions_get_a_422_problem_with_the_reason_and_the_alternatives(string url, string dataset, string detail,
        string[] alternatives)
    {
        var response = await (await ClientAsync()).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.GetProperty("title").GetString().Should().Be("This data cannot tell you");
        root.GetProperty("detail").GetString().Should().Contain(detail);
        root.GetProperty("answerable").GetBoolean().Should().BeFalse();
        root.GetProperty("dataset").GetString().Should().Be(dataset);
        var found = root.GetProperty("alternatives").EnumerateArray().ToList();
        found.Select(a => a.GetProperty("dataset").GetString()).Should().Equal(alternatives);
        if (found.Count > 0) found.Should().OnlyContain(a => a.GetProperty("href").GetString()!.Contains("dataset="));
    }

    [Fact]
    public async Task Several_offences_at_once_add_up_to_each_alone_and_one_offence_answers_as_before()
    {
        var client = await ClientAsync();
        async Task<long> Total(string offence)
        {
            using var json =
                JsonDocument.Parse(await client.GetStringAsync($"/api/v1/counts?dataset=bbc-data-unit-2012-16&force=merseyside&year=2014&offence={offence}"));
            return json.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("count").GetInt64());
        }
        var (burglary, robbery, both) = (await Total("burglary"), await Total("robbery"), await Total("burglary,robbery"));
        burglary.Should().BeGreaterThan(0);
        both.Should().Be(burglary + robbery);
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/counts?dataset=bbc-data-unit-2012-16&offence=burglary,robbery&year=2014"));
        doc.RootElement.GetProperty("description").GetString().Should().Contain("Burglary or Robbery");
        doc.RootElement.GetProperty("filters").GetProperty("offence").GetString().Should().Be("burglary,robbery");
    }

    [Fact]
    public async Task A_probable_gap_is_named_in_the_answer_and_shown_as_a_gap_on_the_page()
    {
        var client = await ClientAsync();
        using var json =
            JsonDocument.Parse(await
            client.GetStringAsync("/api/v1/counts?dataset=bbc-data-unit-2012-16&force=merseyside&outcome=community-resolution&by=force,year"));
        json.RootElement.GetProperty("probableGaps").EnumerateArray().Select(g => g.GetProperty("year").GetString()).Should().Equal("2015", "2016");
        json.RootElement.GetProperty("coverage").EnumerateArray().Where(c => c.GetProperty("status").GetString() == "probable gap")
            .Select(c => c.GetProperty("year").GetString()).Should().Equal("2015", "2016");

        var (_, page) = await app.GetPageAsync("/forces/merseyside?dataset=bbc-data-unit-2012-16");
        var share = page.QuerySelector("figure#share")!;
        share.QuerySelector(".notes")!.TextContent.Should().Contain(
            "Probable gap in the data for Merseyside Police: community resolutions in 2015 and 2016 fell below a third of the neighbouring years' median");
        share.TextContent.Should().NotContain("0.0%");
    }

    [Fact]
    public async Task The_offence_page_says_what_the_data_cannot_tell_instead_of_zeros()
    {
        await ClientAsync();
        var (response, page) = await app.GetPageAsync("/offences/56A?dataset=bbc-data-unit-2012-16&force=greater-manchester");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".unanswerable h2")!.TextContent.Should().Be("This data cannot tell you");
        page.QuerySelector(".unanswerable")!.TextContent.Should().Contain("cannot count Home Office offence 56A (Arson endangering life)");
        page.QuerySelector(".unanswerable a[href='/methodology#answerability']").Should().NotBeNull();
        page.QuerySelectorAll("figure").Should().BeEmpty();
        page.Body!.TextContent.Should().NotContain("stayed at 0");
    }
}
