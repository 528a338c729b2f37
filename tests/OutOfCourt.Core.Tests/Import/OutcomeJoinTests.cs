using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Import;

/// <summary>Outcome events get the crime type of the street row with the same Crime ID, however the join is split.</summary>
public sealed class OutcomeJoinTests
{
    private const string Force = "City of London Police";

    /// <summary>Two months of street crimes and the outcome events of three months, with some IDs no street file has.</summary>
    private static (string Street1, string Street2, string Outcomes) Files(TestDatabase db)
    {
        var types = new[] { "Burglary", "Robbery", "Drugs", "Shoplifting", "Violence and sexual offences" };
        string Street(string month, int from) => string.Join("\n", Enumerable.Range(from, 200)
            .Select(i => ImporterTests.StreetRow($"c{i:x60}", month, Force, types[i % types.Length], "Local resolution"))
            .Prepend(ImporterTests.StreetHeader)) + "\n";
        var outcomes = string.Join("\n", Enumerable.Range(0, 450)
            .Select(i => $"{(i % 50 == 7 ? "" : $"c{i:x60}")},2016-0{1 + i % 3},{Force},{Force},-0.1,51.5,On or near X,E01000001,City of London 001A,Local " +
                $"resolution")
            .Prepend(ImporterTests.OutcomesHeader)) + "\n";
        return (db.WriteFile("2016-01-street.csv", Street("2016-01", 0)), db.WriteFile("2016-02-street.csv", Street("2016-02", 200)),
            db.WriteFile("2016-03-outcomes.csv", outcomes));
    }

    private static async Task<(long Read, long Joined, string ByOffence)> ImportAsync(int crimesPerPartition, bool separateRuns)
    {
        await using var db = await TestDatabase.CreateAsync();
        var (street1, street2, outcomes) = Files(db);
        var options = new ImportOptions { CrimesPerPartition = crimesPerPartition };
        ImportRunResult run;
        if (separateRuns)
        {
            await db.ImportAsync(options, street1);
            await db.ImportAsync(options, street2);
            run = await db.ImportAsync(options, outcomes);
        }
        else run = await db.ImportAsync(options, outcomes, street2, street1);
        run.Succeeded.Should().BeTrue();
        var result = await db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-outcomes" }, GroupBy.Offence);
        var file = run.Files.Single(f => f.Format == FileFormat.PoliceUkOutcomes);
        return (file.RowsRead, file.RowsJoined, string.Join("; ", result.Rows.Select(r => $"{r.Category!.Slug}={r.Count}")));
    }

    [Fact]
    public async Task Every_event_whose_crime_a_street_file_has_gets_its_type_whether_in_one_partition_or_many_in_one_run_or_several()
    {
        // 400 street crimes; 450 events, of which 9 have no Crime ID and 50 have IDs beyond the street files.
        var single = await ImportAsync(crimesPerPartition: 2_000_000, separateRuns: false);
        single.Read.Should().Be(450);
        single.Joined.Should().Be(450 - 9 - (50 - 1), "IDs c0..c399 join, except the rows with no ID (one of which is beyond 400)");
        single.ByOffence.Should().Contain("unknown=58");

        (await ImportAsync(crimesPerPartition: 7, separateRuns: false)).Should().Be(single, "58 partitions give the same answer as one");
        (await ImportAsync(crimesPerPartition: 150, separateRuns: true)).Should().Be(single, "street files of earlier runs are joined too");
    }

    private static string Events(string month, int from, int count, params string[] extraRows) => string.Join("\n", Enumerable.Range(from, count)
        .Select(i => $"c{i:x60},{month},{Force},{Force},-0.1,51.5,On or near X,E01000001,City of London 001A,Offender given a caution")
        .Concat(extraRows).Prepend(ImporterTests.OutcomesHeader)) + "\n";

    /// <summary>Run 1 lands the street files and a file of events; run 2 gives that file again beside two new ones, one with a bad row.</summary>
    private static async Task<string> SecondRunAsync(int crimesPerPartition)
    {
        await using var db = await TestDatabase.CreateAsync();
        var (street1, street2, outcomes) = Files(db);
        var options = new ImportOptions { CrimesPerPartition = crimesPerPartition, MaxErrors = 1 };
        (await db.ImportAsync(options, street1, street2, outcomes)).Succeeded.Should().BeTrue();
        var april = db.WriteFile("2016-04-outcomes.csv", Events("2016-04", from: 100, count: 400));
        var may = db.WriteFile("2016-05-outcomes.csv", Events("2016-05", from: 0, count: 50,
            $"c{7:x60},2016-13,{Force},{Force},-0.1,51.5,On or near X,E01000001,City of London 001A,Offender given a caution"));
        var run = await db.ImportAsync(options, outcomes, april, may);
        var byOffence = await db.QueryAsync(new OutcomeFilter { Dataset = "police-uk-outcomes" }, GroupBy.Offence);
        return string.Join("; ", run.Files.Select(f => $"{Path.GetFileName(f.File)} {f.Status} {f.RowsRead} read {f.RowsJoined} joined"))
               + " | " + string.Join("; ", byOffence.Rows.Select(r => $"{r.Category!.Slug}={r.Count}"));
    }

    [Fact]
    public async Task Files_joined_in_many_partitions_each_count_their_own_events_and_known_content_is_not_counted_again()
    {
        var one = await SecondRunAsync(crimesPerPartition: 2_000_000);
        one.Should().StartWith("2016-03-outcomes.csv Unchanged 450 read 392 joined; " +
                               "2016-04-outcomes.csv Imported 400 read 300 joined; 2016-05-outcomes.csv Imported 51 read 50 joined",
            "c100..c399 are street crimes and c400..c499 are not; the bad month is one rejected row; known content is read, not written");
        (await SecondRunAsync(crimesPerPartition: 7)).Should().Be(one, "58 partitions, each read from the spill, give the same counts per file");
        Directory.GetFiles(Path.GetTempPath(), "outofcourt-join-*").Should().BeEmpty("the spill's temporary files go with it");
    }

    [Fact]
    public async Task A_replaced_street_slice_replaces_its_crimes_and_the_yearly_rollup_follows_the_cells()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (street1, _, _) = Files(db);
        await db.ImportAsync(street1);
        var revised = db.WriteFile("2016-01-street-revised.csv", ImporterTests.StreetHeader + "\n" +
            ImporterTests.StreetRow("r1", "2016-01", Force, "Drugs", "Offender given a caution") + "\n");
        (await db.ImportAsync(revised)).Files.Single().SlicesReplaced.Should().Be(1);

        await using var context = db.Context();
        (await context.CrimeTypeRuns.SumAsync(r => r.Count)).Should().Be(1);
        (await context.YearlyOutcomeCounts.SumAsync(c => c.Count)).Should().Be(await context.OutcomeCounts.SumAsync(c => c.Count)).And.Be(1);
    }
}
