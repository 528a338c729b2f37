using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

/// <summary>
/// The roll-ups are moved by each slice's change, never recomputed: after any sequence of imports and
/// revisions it must equal the force roll-up summed over forces, and answer national questions as the forces would.
/// </summary>
public sealed class RollUpTests
{
    private const string City = "City of London Police";
    private const string Kent = "Kent Police";

    private static string Street(TestDatabase db, string name, string force, string month, params (string Type, string Outcome, int Rows)[] cells) =>
        db.WriteFile(name, string.Join("\n", cells
            .SelectMany((c, i) => Enumerable.Range(0, c.Rows).Select(r => ImporterTests.StreetRow($"{name}-{i}-{r}", month, force, c.Type, c.Outcome)))
            .Prepend(ImporterTests.StreetHeader)) + "\n");

    /// <summary>The all-years roll-up beside the yearly one summed over years, force by force.</summary>
    private static async Task<(string AllYears, string SummedYears)> ForceTablesAsync(TestDatabase db)
    {
        await using var context = db.Context();
        var allYears = await context.AllYearsOutcomeCounts.OrderBy(n => n.DatasetId).ThenBy(n => n.ForceId).ThenBy(n => n.OffenceId).ThenBy(n => n.OutcomeId)
            .Select(n => $"{n.DatasetId}/{n.ForceId}/{n.OffenceId}/{n.OutcomeId}={n.Count} by {n.Cells}").ToListAsync();
        var summed = await context.YearlyOutcomeCounts.GroupBy(y => new { y.DatasetId, y.ForceId, y.OffenceId, y.OutcomeId })
            .Select(g => new { g.Key.DatasetId, g.Key.ForceId, g.Key.OffenceId, g.Key.OutcomeId, Count = g.Sum(y => y.Count), Cells = g.Sum(y => y.Cells) })
            .OrderBy(n => n.DatasetId).ThenBy(n => n.ForceId).ThenBy(n => n.OffenceId).ThenBy(n => n.OutcomeId).ToListAsync();
        return (string.Join("; ", allYears), string.Join("; ",
            summed.Select(n => $"{n.DatasetId}/{n.ForceId}/{n.OffenceId}/{n.OutcomeId}={n.Count} by {n.Cells}")));
    }

    private static async Task<(string National, string SummedForces, string Cells)> TablesAsync(TestDatabase db)
    {
        await using var context = db.Context();
        static string Text<T>(IEnumerable<T> rows) => string.Join("; ", rows);
        var national = await context.NationalOutcomeCounts.OrderBy(n => n.DatasetId).ThenBy(n => n.Year).ThenBy(n => n.OffenceId).ThenBy(n => n.OutcomeId)
            .Select(n => new { n.DatasetId, n.Year, n.OffenceId, n.OutcomeId, n.Count, n.Cells }).ToListAsync();
        var summed = await context.YearlyOutcomeCounts.GroupBy(y => new { y.DatasetId, y.Year, y.OffenceId, y.OutcomeId })
            .Select(g => new { g.Key.DatasetId, g.Key.Year, g.Key.OffenceId, g.Key.OutcomeId, Count = g.Sum(y => y.Count), Cells = g.Sum(y => y.Cells) })
            .OrderBy(n => n.DatasetId).ThenBy(n => n.Year).ThenBy(n => n.OffenceId).ThenBy(n => n.OutcomeId).ToListAsync();
        var cells = await context.OutcomeCounts.GroupBy(c => new { c.DatasetId, c.Year, c.OffenceId, c.OutcomeId })
            .Select(g => new { g.Key.DatasetId, g.Key.Year, g.Key.OffenceId, g.Key.OutcomeId, Count = g.Sum(c => c.Count), Cells = g.Count() })
            .OrderBy(n => n.DatasetId).ThenBy(n => n.Year).ThenBy(n => n.OffenceId).ThenBy(n => n.OutcomeId).ToListAsync();
        return (Text(national.Select(n => $"{n.DatasetId}/{n.Year}/{n.OffenceId}/{n.OutcomeId}={n.Count} by {n.Cells}")),
            Text(summed.Select(n => $"{n.DatasetId}/{n.Year}/{n.OffenceId}/{n.OutcomeId}={n.Count} by {n.Cells}")),
            Text(cells.Select(n => $"{n.DatasetId}/{n.Year}/{n.OffenceId}/{n.OutcomeId}={n.Count} by {n.Cells}")));
    }

    [Fact]
    public async Task The_national_rollup_follows_imports_and_revisions_and_drops_a_cell_no_force_reports_any_more()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync(
            Street(db, "2016-01-city-street.csv", City, "2016-01", ("Burglary", "Local resolution", 3), ("Drugs", "Offender given a caution", 2)),
            Street(db, "2016-02-city-street.csv", City, "2016-02", ("Burglary", "Local resolution", 4)),
            Street(db, "2016-01-kent-street.csv", Kent, "2016-01", ("Burglary", "Local resolution", 5), ("Robbery", "Local resolution", 1)),
            Street(db, "2017-01-kent-street.csv", Kent, "2017-01", ("Robbery", "Local resolution", 6)));
        var first = await TablesAsync(db);
        first.National.Should().Be(first.SummedForces).And.Contain("=12 by 3", "burglary resolved locally in 2016: 3 + 4 in the City (two months), 5 in Kent");

        // Kent's January revised: its robbery goes (the only force with any in 2016), its burglary count changes.
        (await db.ImportAsync(Street(db, "2016-01-kent-street-v2.csv", Kent, "2016-01", ("Burglary", "Local resolution", 2))))
            .Files.Single().SlicesReplaced.Should().Be(1);
        var revised = await TablesAsync(db);
        revised.National.Should().Be(revised.SummedForces).And.Contain("=9 by 3");
        revised.National.Split("; ").Should().HaveCount(first.National.Split("; ").Length - 1, "2016's robbery has no force left");
        revised.National.Should().Be(revised.Cells, "and both equal the cells summed");
        first.National.Should().Be(first.Cells);

        var forces = await ForceTablesAsync(db);
        forces.AllYears.Should().Be(forces.SummedYears).And.Contain("=7 by 2", "the City's burglary resolved locally: 3 in January 2016 and 4 in February");
        forces.AllYears.Split("; ").Should().HaveCount(forces.SummedYears.Split("; ").Length);
    }

    [Fact]
    public async Task A_slice_written_and_revised_in_one_run_beside_a_refused_file_leaves_the_rollups_equal_to_the_cells()
    {
        await using var db = await TestDatabase.CreateAsync();
        var bad = db.WriteFile("b/2016-02-kent-street.csv", ImporterTests.StreetHeader + "\n" +
                                                           ImporterTests.StreetRow("bad1", "2016-13", Kent, "Burglary", "Local resolution") + "\n");

        // One run, so one transaction: the revision is written over cells that are not committed yet.
        var run = await db.ImportAsync(
            Street(db, "a/2016-01-kent-street.csv", Kent, "2016-01", ("Burglary", "Local resolution", 5), ("Robbery", "Local resolution", 1)),
            bad,
            Street(db, "c/2016-01-kent-street-v2.csv", Kent, "2016-01", ("Burglary", "Local resolution", 2)),
            Street(db, "d/2016-02-city-street.csv", City, "2016-02", ("Burglary", "Local resolution", 4)));

        run.Files.Select(f => f.Status).Should().Equal(FileStatus.Imported, FileStatus.Rejected, FileStatus.Imported, FileStatus.Imported);
        var tables = await TablesAsync(db);
        tables.National.Should().Be(tables.Cells).And.Be(tables.SummedForces);
        tables.National.Should().Contain("=6 by 2", "burglary resolved locally in 2016: Kent's revised 2 and the City's 4")
            .And.NotContain("=1 by 1", "the robbery went with the revision");
        var forces = await ForceTablesAsync(db);
        forces.AllYears.Should().Be(forces.SummedYears);
    }

    [Fact]
    public async Task A_question_by_force_over_every_year_gets_the_same_answer_as_its_years_added_up()
    {
        await using var db = await TestDatabase.CreateAsync(bundled: true);
        foreach (var dataset in new[] { "police-uk-street", "bbc-data-unit-2012-16" })
        {
            var allYears = await db.QueryAsync(new OutcomeFilter { Dataset = dataset }, GroupBy.Force, GroupBy.Outcome, GroupBy.Serious);
            var byYear = await db.QueryAsync(new OutcomeFilter { Dataset = dataset }, GroupBy.Force, GroupBy.Year, GroupBy.Outcome, GroupBy.Serious);
            allYears.Rows.Should().NotBeEmpty();
            allYears.Rows.Select(r => $"{r.Force!.Slug} {r.OutcomeClass!.Slug} {r.Serious} {r.Count}").Order().Should().Equal(
                byYear.Rows.GroupBy(r => (r.Force!.Slug, r.OutcomeClass!.Slug,
                    r.Serious)).Select(g => $"{g.Key.Item1} {g.Key.Item2} {g.Key.Serious} {g.Sum(r => r.Count)}").Order(),
                dataset);
        }
    }

    [Fact]
    public async Task A_national_question_gets_the_same_answer_as_the_same_question_asked_of_every_force()
    {
        await using var db = await TestDatabase.CreateAsync(bundled: true);
        await using var context = db.Context();
        var forces = await context.YearlyOutcomeCounts.Select(y => y.ForceId).Distinct().Join(context.Forces, id => id, f => f.Id, (_,
            f) => f.Slug).ToListAsync();
        foreach (var dataset in new[] { "police-uk-street", "police-uk-outcomes", "bbc-data-unit-2012-16" })
        {
            var national = await db.QueryAsync(new OutcomeFilter { Dataset = dataset }, GroupBy.Year, GroupBy.Offence, GroupBy.Outcome, GroupBy.Serious);
            var everyForce = await db.QueryAsync(new OutcomeFilter { Dataset = dataset, Forces = forces }, GroupBy.Year, GroupBy.Offence, GroupBy.Outcome,
                GroupBy.Serious);
            national.Rows.Should().NotBeEmpty();
            national.Rows.Select(r => $"{r.Year} {r.Category!.Slug} {r.OutcomeClass!.Slug} {r.Serious} {r.Count}")
                .Should().Equal(everyForce.Rows.Select(r => $"{r.Year} {r.Category!.Slug} {r.OutcomeClass!.Slug} {r.Serious} {r.Count}"), dataset);
        }
    }
}
