using System.Globalization;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

/// <summary>
/// The bundled Home Office derived tables (data/home-office-tables), loaded through the wide mapping, checked against
/// sums of the file made here with plain string splitting (the file has no quoted cells).
/// </summary>
public sealed class HomeOfficeTablesTests : IAsyncLifetime
{
    private static readonly string[] FinancialYears = ["2018/19", "2019/20", "2020/21"];

    private const string Closed = "home-office-tables-closed";
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(bundled: true);
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static readonly string[] SeedYears = ["2014/15", "2015/16", "2016/17", "2017/18"];

    /// <summary>The file's rows as column → cell, read with File.ReadAllLines and string.Split only.</summary>
    private static List<Dictionary<string, string>> Rows()
    {
        var lines = File.ReadAllLines(TestDatabase.Data("home-office-tables", "force_quarter.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static long Sum(IEnumerable<Dictionary<string, string>> rows, string column) => rows.Sum(r => long.Parse(r[column], CultureInfo.InvariantCulture));

    [Fact]
    public void The_file_holds_44_forces_by_quarter_for_twelve_years()
    {
        var rows = Rows();
        rows.Should().HaveCount(44 * 12 * 4);
        rows.Select(r => r["force"]).Distinct().Should().HaveCount(44);
    }

    [Fact]
    public async Task Both_bases_load_as_their_own_datasets_a_cell_per_outcome_and_quarter()
    {
        await using var model = _db.Model();
        var summaries = await model.Catalog.SummariesAsync();
        foreach (var key in new[] { Closed, "home-office-tables-recorded" })
        {
            var s = summaries.Single(x => x.Dataset.Key == key);
            (s.Forces, s.FirstYear, s.LastYear, s.ForceYears).Should().Be((44, 2014, 2025, 44 * 12), key);
        }
        summaries.Single(x => x.Dataset.Key == "home-office-closed").Files.Should().Be(0, "the derived tables are never put in the raw-workbook dataset");
    }

    [Fact]
    public async Task The_default_dataset_is_the_most_current_one()
    {
        await using var model = _db.Model();
        var (summary, isDefault) = await model.Catalog.ResolveAsync(null);

        isDefault.Should().BeTrue();
        summary.Dataset.Key.Should().Be(Closed, "it reaches 2025/26, and comes before the recorded basis in datasets.csv");
    }

    [Fact]
    public async Task Greater_manchesters_community_resolutions_2014_15_to_2017_18_are_the_seed_storys_34720()
    {
        var expected = Sum(Rows().Where(r => r["force"] == "Greater Manchester" && SeedYears.Contains(r["fy"])), "closed_all_t8");

        var result = await _db.QueryAsync(new OutcomeFilter
            { Dataset = Closed, Forces = ["greater-manchester"], YearFrom = 2014, YearTo = 2017, Outcome = "community-resolution" });

        result.Total.Should().Be(expected);
        expected.Should().Be(34_720, "\"more than 34,000\" in the published story");
    }

    [Fact]
    public async Task The_national_average_2014_15_to_2017_18_is_about_112000_a_year()
    {
        var rows = Rows();
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = Closed, YearFrom = 2014, YearTo = 2017, Outcome = "community-resolution" },
            GroupBy.Year);

        result.Rows.Select(r => (r.Year!.Value, r.Count)).Should().Equal(
            SeedYears.Select((fy, i) => (2014 + i, Sum(rows.Where(r => r["fy"] == fy), "closed_all_t8"))));
        (result.Total / 4.0).Should().BeApproximately(112_099, 1);
    }

    [Theory]
    [InlineData("2025/26", 2025)]
    [InlineData("2019/20", 2019)]
    public async Task A_national_year_matches_the_file_outcome_by_outcome(string fy, int year)
    {
        var rows = Rows().Where(r => r["fy"] == fy).ToList();
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = Closed, YearFrom = year, YearTo = year }, GroupBy.Outcome);
        var byClass = result.Rows.ToDictionary(r => r.OutcomeClass!.Slug, r => r.Count);

        byClass["community-resolution"].Should().Be(Sum(rows, "closed_all_t8"));
        byClass["charged"].Should().Be(Sum(rows, "closed_all_t1"));
        byClass["caution"].Should().Be(Sum(rows, "closed_all_t2") + Sum(rows, "closed_all_t3"));
        byClass["diversionary"].Should().Be(Sum(rows, "closed_all_t22"));
        result.Total.Should().Be(Sum(rows, "closed_all_assigned"), "the listed types and 'other' add up to every assigned outcome");
    }

    [Fact]
    public async Task Rates_divide_by_the_recorded_crime_of_the_force_and_year_and_say_so()
    {
        var recorded = File.ReadAllLines(TestDatabase.Data("reference", "recorded-crime.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[0] == "Greater Manchester" && c[1] == "2024/25").Single()[2];
        var rows = Rows().Where(r => r["force"] == "Greater Manchester" && r["fy"] == "2024/25").ToList();

        await using var model = _db.Model();
        var rates = await model.Rates.RunAsync(new OutcomeFilter { Forces = ["greater-manchester"], YearFrom = 2024, YearTo = 2024 });

        var row = rates.Rows.Single();
        rates.Dataset.Key.Should().Be(Closed);
        row.RecordedCrime.Should().Be(long.Parse(recorded, CultureInfo.InvariantCulture));
        row.Count.Should().Be(Sum(rows, "closed_all_t8"));
        row.AllOutcomes.Should().Be(Sum(rows, "closed_all_assigned"));
        row.PerThousandRecordedCrimes.Should().BeApproximately(1000.0 * row.Count / long.Parse(recorded, CultureInfo.InvariantCulture), 1e-9);
        row.ShareOfAllOutcomes.Should().BeApproximately((double)row.Count / row.AllOutcomes, 1e-12);
        rates.RecordedCrimeSource.Should().Contain("Home Office");
    }

    [Fact]
    public async Task British_transport_police_after_2014_15_has_no_rate_per_1000_not_a_rate_of_zero()
    {
        await using var model = _db.Model();
        var rates = await model.Rates.RunAsync(new OutcomeFilter { Forces = ["btp"], YearFrom = 2014, YearTo = 2015 });

        rates.Rows.Select(r => (r.Year, r.RecordedCrime is null, r.PerThousandRecordedCrimes is null, r.ShareOfAllOutcomes is null))
            .Should().Equal((2014, false, false, false), (2015, true, true, false));
        rates.Notes.Should().ContainMatch("*not published (British Transport Police 2015/16)*");
    }

    [Fact]
    public async Task Rates_for_a_set_of_offences_give_no_rate_per_1000_recorded_crimes()
    {
        await using var model = _db.Model();
        var ask = () => model.Rates.RunAsync(new OutcomeFilter { Dataset = Closed, SeriousOnly = true, YearFrom = 2024, YearTo = 2024 });

        // The derived tables carry no offence detail: a serious (or any offence) question is refused, never answered with zeros.
        (await ask.Should().ThrowAsync<UnanswerableQuestionException>()).Which.Message.Should().Contain("no offence detail");
    }

    [Fact]
    public async Task Greater_manchesters_2019_20_is_exposed_with_all_its_outcomes_for_the_gap_rule()
    {
        await using var model = _db.Model();
        var rates = await model.Rates.RunAsync(new OutcomeFilter { Forces = ["greater-manchester"], YearFrom = 2018, YearTo = 2020 });

        rates.Rows.Select(r => r.AllOutcomes).Should().Equal(
            FinancialYears.Select(fy => Sum(Rows().Where(r => r["force"] == "Greater Manchester" && r["fy"] == fy), "closed_all_assigned")));
        rates.Rows[1].AllOutcomes.Should().Be(74_369, "the records-system change: a quarter of its neighbours, which a gap rule must not read as a fall");
    }
}
