using System.Globalization;
using System.Text.Json;

namespace OutOfCourt.Web.Tests.Api;

/// <summary>/api/v1/rates and the CLI's `query --measure rate`: the same rows, each with its denominators.</summary>
public sealed class RatesApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Rates_carry_their_denominators_and_equal_the_cli()
    {
        await app.GetPageAsync("/");
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/rates?force=greater-manchester&from=2024&to=2025"));
        var root = json.RootElement;
        root.GetProperty("dataset").GetString().Should().Be("home-office-tables-closed");
        root.GetProperty("recordedCrimeSource").GetString().Should().Contain("police recorded crime");
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("yearLabel").GetString()).Should().Equal("2024/25", "2025/26");

        var cli = await app.CliQueryAsync("--measure", "rate", "--force", "greater-manchester", "--from", "2024", "--to", "2025");
        cli[0].Should().Equal("force", "force_name", "year", "year_label", "count", "all_outcomes", "recorded_crime", "per_1000_recorded_crimes",
            "share_of_all_outcomes", "full_year");
        foreach (var (api, line) in rows.Zip(cli.Skip(1)))
        {
            api.GetProperty("count").GetInt64().Should().Be(long.Parse(line[4], CultureInfo.InvariantCulture));
            api.GetProperty("allOutcomes").GetInt64().Should().Be(long.Parse(line[5], CultureInfo.InvariantCulture));
            api.GetProperty("recordedCrime").GetInt64().Should().Be(long.Parse(line[6], CultureInfo.InvariantCulture));
            var expected = 1000.0 * long.Parse(line[4], CultureInfo.InvariantCulture) / long.Parse(line[6], CultureInfo.InvariantCulture);
            api.GetProperty("per1000RecordedCrimes").GetDouble().Should().BeApproximately(expected, 0.005);
            double.Parse(line[7], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(expected, 0.005);
        }
    }

    [Fact]
    public async Task A_force_year_without_recorded_crime_has_a_null_rate_not_zero()
    {
        await app.GetPageAsync("/");
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/v1/rates?force=btp&year=2020"));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single();
        row.GetProperty("recordedCrime").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("per1000RecordedCrimes").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("shareOfAllOutcomes").GetDouble().Should().BeGreaterThan(0);
        json.RootElement.GetProperty("notes")[0].GetString().Should().Contain("not published (British Transport Police 2020/21)");
    }

    [Fact]
    public async Task A_bad_rate_request_gets_problem_details()
    {
        await app.GetPageAsync("/");
        var response = await app.CreateClient().GetAsync("/api/v1/rates?outcome=a-stern-word");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
    }
}
