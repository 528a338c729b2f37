using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;
using OutOfCourt.Core.Tests.Import;

namespace OutOfCourt.Core.Tests.Queries;

public sealed class OutcomeQueryTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var rows = new[]
        {
            ImporterTests.StreetRow("a1", "2016-03", "City of London Police", "Burglary", "Local resolution"),
            ImporterTests.StreetRow("a2", "2016-03", "City of London Police", "Robbery", "Local resolution"),
            ImporterTests.StreetRow("a3", "2016-03", "City of London Police", "Robbery", "Suspect charged"),
            ImporterTests.StreetRow("", "2016-03", "City of London Police", "Anti-social behaviour", ""),
        };
        await _db.ImportAsync(_db.WriteFile("s.csv", string.Join("\n", rows.Prepend(ImporterTests.StreetHeader))));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Serious_only_on_crime_types_counts_the_bound_asked_and_says_which()
    {
        // Burglary holds aggravated burglary (29, 31): in the upper bound only. Robbery is all robbery: in both.
        var upper = await _db.QueryAsync(new OutcomeFilter { Outcome = "community-resolution", SeriousOnly = true }, GroupBy.Offence);
        upper.Rows.Select(r => r.Category!.Slug).Should().Equal("burglary", "robbery");
        upper.SeriousKind.Should().Be(SeriousKind.Upper);
        upper.Description.Should().Contain("only categories that include serious offences (upper bound)");

        var lower = await _db.QueryAsync(new OutcomeFilter { Outcome = "community-resolution", SeriousOnly = true, SeriousBound = SeriousKind.Lower },
            GroupBy.Offence);
        lower.Rows.Should().ContainSingle().Which.Should().Match<CountRow>(r => r.Category!.Slug == "robbery" && r.Count == 1);
        lower.Description.Should().Contain("only categories made up entirely of serious offences (lower bound)");
    }

    [Fact]
    public async Task An_exact_serious_count_of_crime_types_is_refused_with_the_bounds_offered()
    {
        var act = () => _db.QueryAsync(new OutcomeFilter { SeriousOnly = true, SeriousBound = SeriousKind.Exact });
        await act.Should().ThrowAsync<QueryException>().WithMessage("*can only be a bound: use serious=upper*serious=lower*");
    }

    [Fact]
    public async Task Grouping_by_serious_splits_flagged_from_other_offences()
    {
        var result = await _db.QueryAsync(new OutcomeFilter { Outcome = "community-resolution" }, GroupBy.Serious);
        result.Rows.Select(r => (r.Serious, r.Count)).Should().BeEquivalentTo(new[] { ((bool?)true, 2L) }, "burglary and robbery are both in the upper bound");
    }

    [Fact]
    public async Task Editing_the_policy_changes_the_flags_without_reimporting()
    {
        var altData = _db.DataWithPolicy(
            """{ "version": "burglary-test", "entries": [ { "match": "offence-subgroup", "value": "Domestic burglary", "reason": "flags burglary" } ] }""");
        var edited = await OutOfCourtSetup.PrepareAsync(_db.Path, altData, loadBundled: false);

        await using var db = _db.Context();
        var result = await new OutcomeQueryService(db.Database.GetDbConnection(), edited, new DatasetCatalog(db.Database.GetDbConnection(), edited))
            .RunAsync(new OutcomeFilter { Outcome = "community-resolution", SeriousOnly = true }, [GroupBy.Offence]);

        result.Rows.Should().ContainSingle().Which.Category!.Slug.Should().Be("burglary");
        result.PolicyVersion.Should().Be("burglary-test");
    }

    [Fact]
    public async Task Cached_answers_end_when_an_import_lands()
    {
        var cache = new QueryCache();
        async Task<long> TotalAsync()
        {
            await using var db = _db.Context();
            return (await new OutcomeQueryService(db.Database.GetDbConnection(), _db.Refs, new DatasetCatalog(db.Database.GetDbConnection(), _db.Refs),
                cache).RunAsync(new OutcomeFilter(), [])).Total;
        }
        (await TotalAsync()).Should().Be(4);
        await _db.ImportAsync(_db.WriteFile("more.csv", ImporterTests.StreetHeader + "\n" +
            ImporterTests.StreetRow("b1", "2016-04", "City of London Police", "Drugs", "Local resolution")));
        (await TotalAsync()).Should().Be(5);
    }

    [Theory]
    [InlineData("gotham", null, null, null, null, "unknown force 'gotham'")]
    [InlineData(null, "jaywalking", null, null, null, "unknown offence 'jaywalking'")]
    [InlineData(null, null, 1850, null, null, "year 1850 (from) is outside the data")]
    [InlineData(null, null, null, null, "a-stern-word", "unknown outcome 'a-stern-word'")]
    public async Task A_bad_filter_gets_a_message_that_says_what_is_wrong(string? force, string? offence, int? from, int? to, string? outcome, string message)
    {
        var filter = new OutcomeFilter { Forces = force is null ? [] : [force], Offence = offence, YearFrom = from, YearTo = to, Outcome = outcome };
        var act = () => _db.QueryAsync(filter);
        await act.Should().ThrowAsync<QueryException>().WithMessage($"*{message}*");
    }

    [Fact]
    public async Task From_after_to_is_refused()
    {
        await using var db = _db.Context();
        var service = new OutcomeQueryService(db.Database.GetDbConnection(), _db.Refs, new DatasetCatalog(db.Database.GetDbConnection(), _db.Refs));
        var summary = (await service.Catalog.ResolveAsync(null)).Summary;
        var act = () => service.Resolve(new OutcomeFilter { YearFrom = 2016, YearTo = 2015 }, summary with { FirstYear = 2012, LastYear = 2016 });
        act.Should().Throw<QueryException>().WithMessage("*the first year (2016) is after the last (2015)*");
    }

    [Fact]
    public async Task An_unknown_dataset_lists_the_datasets_that_have_data()
    {
        var act = () => _db.QueryAsync(new OutcomeFilter { Dataset = "nope" });
        await act.Should().ThrowAsync<QueryException>().WithMessage("*unknown dataset 'nope'*datasets with data: police-uk-street*");
    }

    [Fact]
    public async Task Offence_filter_takes_a_category_a_crime_type_or_a_code()
    {
        (await _db.QueryAsync(new OutcomeFilter { Offence = "robbery" })).Total.Should().Be(2);
        (await _db.QueryAsync(new OutcomeFilter { Offence = "Robbery" })).Total.Should().Be(2);
        (await _db.QueryAsync(new OutcomeFilter { Offence = "anti-social-behaviour" })).Total.Should().Be(1);
    }
}
