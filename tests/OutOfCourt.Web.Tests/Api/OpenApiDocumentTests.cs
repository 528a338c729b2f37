using System.Text.Json;

namespace OutOfCourt.Web.Tests.Api;

/// <summary>Issue 18, item 10: the OpenAPI document describes every /api/v1 parameter, its answers and its problem details.</summary>
public sealed class OpenApiDocumentTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private async Task<JsonElement> DocumentAsync()
    {
        await app.GetPageAsync("/");
        return JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
    }

    [Theory]
    [InlineData("/api/v1/counts"), InlineData("/api/v1/forces"), InlineData("/api/v1/offences"), InlineData("/api/v1/outcomes"),
     InlineData("/api/v1/policy"), InlineData("/api/v1/datasets")]
    public async Task Every_endpoint_is_listed_with_a_response_schema(string path)
    {
        var get = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty("get");
        get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").EnumerateObject().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Every_counts_parameter_says_what_it_accepts_and_errors_are_problem_details()
    {
        var get = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/v1/counts").GetProperty("get");
        var parameters = get.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("description").GetString()!);
        parameters.Keys.Should().BeEquivalentTo(["dataset", "force", "offence", "from", "to", "year", "outcome", "serious", "by"]);
        parameters["by"].Should().Contain("force, year, offence, code, outcome, serious");
        parameters["from"].Should().Contain("2016/17");
        parameters["outcome"].Should().Contain("community-resolution");
        parameters["force"].Should().Contain("GMP");
        get.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue();
    }
}
