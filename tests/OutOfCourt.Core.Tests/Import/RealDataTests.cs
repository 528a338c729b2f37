using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.VisualBasic.FileIO;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

/// <summary>The bundled real files, checked against totals computed without the importer.</summary>
public sealed class RealDataTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(bundled: true);
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static string Bbc(string name) => TestDatabase.Data("bbc-data-unit", name);

    /// <summary>Reads a CSV with the framework's own parser (not CsvHelper, not our importer), CR-only line endings included.</summary>
    private static List<string[]> ReadIndependently(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n").Replace('\r', '\n');
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    [Fact]
    public async Task Bbc_import_reproduces_the_bbc_totals_file_outcome_by_outcome()
    {
        var totals = ReadIndependently(Bbc("outcomes_totals_2012-2016.csv")).Skip(1)
            .ToDictionary(r => r[0] == "(blank)" ? "" : r[0], r => long.Parse(r[1], CultureInfo.InvariantCulture));
        await using var db = _db.Context();
        var dataset = _db.Refs.DatasetByKey["bbc-data-unit-2012-16"];
        var imported = await db.OutcomeCounts.Where(c => c.DatasetId == dataset.Id)
            .Join(db.Outcomes, c => c.OutcomeId, o => o.Id, (c, o) => new { o.Code, c.Count })
            .GroupBy(x => x.Code).Select(g => new { g.Key, Total = g.Sum(x => x.Count) })
            .ToDictionaryAsync(x => x.Key, x => x.Total);

        imported.Should().BeEquivalentTo(totals);
        imported["Local resolution"].Should().Be(482_307);
    }

    [Fact]
    public async Task Community_resolutions_by_force_match_the_bbc_by_force_file()
    {
        var rows = ReadIndependently(Bbc("outcomes_by_force.csv"));
        var column = Array.IndexOf(rows[0], "Local resolution");
        var expected = rows.Skip(1).Where(r => r[column] != "")
            .ToDictionary(r => _db.Refs.FindForce(r[0])!.Slug, r => long.Parse(r[column], CultureInfo.InvariantCulture));

        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "bbc-data-unit-2012-16", Outcome = "community-resolution" }, GroupBy.Force);

        result.Rows.ToDictionary(r => r.Force!.Slug, r => r.Count).Should().BeEquivalentTo(expected);
        expected["greater-manchester"].Should().Be(41_578);
    }

    [Fact]
    public async Task City_of_London_2016_street_counts_equal_an_independent_count()
    {
        var expected = Directory.GetFiles(TestDatabase.Data("police-uk", "city-of-london"), "*-street.csv")
            .SelectMany(f => ReadIndependently(f).Skip(1))
            .GroupBy(r => (CrimeType: r[9], Outcome: _db.Refs.OutcomeClasses.First(c => c.Id == _db.Refs.FindOutcome("police-uk", r[10])!.ClassId).Slug))
            .ToDictionary(g => $"{g.Key.CrimeType}|{g.Key.Outcome}", g => (long)g.Count());

        var result = await _db.QueryAsync(
            new OutcomeFilter { Dataset = "police-uk-street", Forces = ["city-of-london"], YearFrom = 2016, YearTo = 2016 },
            GroupBy.Code, GroupBy.Outcome);

        result.Rows.ToDictionary(r => $"{r.Offence!.Code}|{r.OutcomeClass!.Slug}", r => r.Count).Should().BeEquivalentTo(expected);
        result.Total.Should().Be(expected.Values.Sum());
    }

    [Fact]
    public async Task City_of_London_outcome_events_are_counted_by_outcome_month_and_joined_to_crime_types()
    {
        var files = Directory.GetFiles(TestDatabase.Data("police-uk", "city-of-london"), "*-outcomes.csv");
        var events = files.SelectMany(f => ReadIndependently(f).Skip(1)).ToList();
        var streetIds = Directory.GetFiles(TestDatabase.Data("police-uk", "city-of-london"), "*-street.csv")
            .SelectMany(f => ReadIndependently(f).Skip(1)).Select(r => r[0]).Where(id => id != "").ToHashSet();
        var joined = events.Count(e => streetIds.Contains(e[0]));

        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-outcomes", Forces = ["city-of-london"] }, GroupBy.Offence);
        result.Total.Should().Be(events.Count);
        result.Rows.Single(r => r.Category!.Slug == "unknown").Count.Should().Be(events.Count - joined);

        await using var db = _db.Context();
        var reportedJoin = await db.ImportedFiles.Where(f => f.Format == "data.police.uk outcomes").SumAsync(f => f.RowsJoined);
        reportedJoin.Should().Be(joined);
        // Measured independently here: 4,882 of 6,147 events (79.4%) join. The data README's "about 86%" is not
        // reproduced by this count or by distinct Crime IDs (78.8%); docs/methodology.md records the difference.
        ((double)joined / events.Count).Should().BeApproximately(0.794, 0.001);
    }

    [Fact]
    public async Task Greater_Manchester_extract_drops_trailing_blank_rows_and_keeps_its_partial_note()
    {
        var rows = ReadIndependently(TestDatabase.Data("police-uk", "greater-manchester", "2016-12-greater-manchester-street.csv")).Skip(1).ToList();
        var result = await _db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-street", Forces = ["greater-manchester"] });
        result.Total.Should().Be(rows.Count).And.Be(10_065);

        await using var db = _db.Context();
        (await db.ImportedFiles.SingleAsync(f => f.Path.Contains("greater-manchester"))).Note.Should().StartWith("Partial month");
        var coverage = await new DatasetCatalog(db.Database.GetDbConnection(), _db.Refs).CoverageAsync(_db.Refs.DatasetByKey["police-uk-street"],
            _db.Refs.ForceBySlug["greater-manchester"].Id);
        coverage.Should().ContainSingle().Which.Should().Be(new CoverageCell(_db.Refs.ForceBySlug["greater-manchester"].Id, 2016, 1, 12) { FirstPeriod = 12,
            LastPeriod = 12 }, "December 2016 only");
    }

    [Fact]
    public async Task Bundled_data_is_loaded_once_and_a_second_load_changes_nothing()
    {
        await using var db = _db.Context();
        var before = await db.OutcomeCounts.SumAsync(c => c.Count);
        await using var connection = OutOfCourtDatabase.Open(_db.Path);
        BundledData.IsLoaded(connection, TestDatabase.DataDirectory).Should().BeTrue();

        var again = await BundledData.LoadAsync(connection, _db.Refs, TestDatabase.DataDirectory);

        again.Files.Should().OnlyContain(f => f.Status == FileStatus.Unchanged);
        (await db.OutcomeCounts.SumAsync(c => c.Count)).Should().Be(before);
    }
}
