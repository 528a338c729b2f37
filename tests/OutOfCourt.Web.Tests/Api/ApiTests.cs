using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OutOfCourt.Web.Tests.Api;

public sealed class ApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private async Task<HttpClient> ClientAsync()
    {
        await app.GetPageAsync("/");
        return app.CreateClient();
    }

    [Fact]
    public async Task Counts_answer_the_same_as_the_cli()
    {
        var client = await ClientAsync();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/counts?force=greater-manchester&outcome=community-resolution&by=year"));
        json.RootElement.GetProperty("dataset").GetString().Should().Be("home-office-tables-closed", "the most current dataset is the default");
        json.RootElement.GetProperty("datasetIsDefault").GetBoolean().Should().BeTrue();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("year").GetString(),
            r.GetProperty("count").GetInt64())).ToList();

        var cli = await app.CliQueryAsync("--force", "greater-manchester", "--outcome", "community-resolution", "--by", "year");
        rows.Should().Equal(cli.Skip(1).Select(c => ((string?)c[0], long.Parse(c[1], CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("/api/v1/counts?year=1850", "year 1850")]
    [InlineData("/api/v1/counts?by=colour", "unknown grouping 'colour'")]
    [InlineData("/api/v1/counts?force=gotham", "unknown force 'gotham'")]
    [InlineData("/api/v1/counts?from=abc", "'abc' is not a year")]
    [InlineData("/api/v1/counts?dataset=nope", "unknown dataset 'nope'")]
    public async Task Bad_parameters_get_rfc_9457_problem_details_never_a_500(string url, string detail)
    {
        var response = await (await ClientAsync()).GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        json.RootElement.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        json.RootElement.GetProperty("detail").GetString().Should().Contain(detail);
    }

    [Theory]
    [InlineData("/api/v1/forces", "greater-manchester")]
    [InlineData("/api/v1/offences", "88A")]
    [InlineData("/api/v1/outcomes", "community-resolution")]
    [InlineData("/api/v1/policy", "Sexual grooming")]
    [InlineData("/api/v1/datasets", "bbc-data-unit-2012-16")]
    public async Task Reference_lists_are_served(string url, string contains)
    {
        var text = await (await ClientAsync()).GetStringAsync(url);
        text.Should().Contain(contains);
    }

    [Fact]
    public async Task Etag_round_trip_gives_304_and_an_import_changes_the_etag()
    {
        var client = await ClientAsync();
        var first = await client.GetAsync("/api/v1/counts?by=year");
        var etag = first.Headers.ETag!;
        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().BePositive();

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/counts?by=year");
        again.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(again)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        // An import (a revised City of London month) changes the data version, and so the ETag.
        var file = Path.Combine(app.Folder, "2016-01-revised.csv");
        await File.WriteAllTextAsync(file,
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
                                           "r1,2016-01,City of London Police,City of London Police,,,,,,Burglary,Local resolution,\n");
        var refs = await OutOfCourt.Core.OutOfCourtSetup.PrepareAsync(app.DatabasePath, OutOfCourt.Core.DataDirectory.Locate(), loadBundled: false);
        await using (var connection = OutOfCourt.Core.Data.OutOfCourtDatabase.Open(app.DatabasePath))
            (await new OutOfCourt.Core.Import.Importer(connection, refs).ImportAsync([file], new())).Succeeded.Should().BeTrue();

        var after = new HttpRequestMessage(HttpMethod.Get, "/api/v1/counts?by=year");
        after.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(after);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag.Should().NotBe(etag);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var text = await (await ClientAsync()).GetStringAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("info").GetProperty("title").GetString().Should().Be("OutOfCourt API");
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/v1/counts", "/api/v1/forces", "/api/v1/offences", "/api/v1/outcomes", "/api/v1/policy", "/api/v1/datasets"]);
        text.Should().Contain("\"by\"").And.Contain("\"serious\"");
    }
}
