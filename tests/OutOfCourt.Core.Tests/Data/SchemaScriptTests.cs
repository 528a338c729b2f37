using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Tests.Data;

/// <summary>
/// A new database is created from Data/Schema.sql and a current one recognised without EF Core's migrator; these
/// tests keep that script equal to what the migrations give.
/// </summary>
public sealed class SchemaScriptTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outofcourt-schema-").FullName;
    private string Db(string name) => Path.Combine(_folder, name);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_embedded_script_is_what_EF_Core_generates_from_the_migrations()
    {
        await using var db = OutOfCourtDatabase.Create(Db("any.db"));
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions);

        Normalise(SchemaScript.Text).Should().Be(Normalise(generated),
            $"Data/Schema.sql must follow the migrations; regenerate it with: {SchemaScript.RegenerateCommand}");
        SchemaScript.MigrationIds.Should().Equal(db.Database.GetMigrations());
    }

    [Fact]
    public async Task A_new_database_from_the_script_has_the_schema_and_history_of_a_migrated_one()
    {
        await OutOfCourtDatabase.MigrateAsync(Db("script.db"));
        await using (var migrated = OutOfCourtDatabase.Create(Db("migrated.db")))
            await migrated.Database.MigrateAsync();

        Schema(Db("script.db")).Should().Equal(Schema(Db("migrated.db")));
        History(Db("script.db")).Should().Equal(History(Db("migrated.db")));
    }

    [Fact]
    public async Task A_database_behind_the_migrations_is_brought_up_to_date_by_EF_Core()
    {
        await using (var old = OutOfCourtDatabase.Create(Db("old.db")))
            await old.GetService<IMigrator>().MigrateAsync(SchemaScript.MigrationIds[0]);
        await using (var connection = OutOfCourtDatabase.Open(Db("old.db")))
            SchemaScript.Inspect(connection).Should().Be(SchemaScript.State.NeedsMigrator);

        await OutOfCourtDatabase.MigrateAsync(Db("old.db"));

        await using (var connection = OutOfCourtDatabase.Open(Db("old.db")))
            SchemaScript.Inspect(connection).Should().Be(SchemaScript.State.Current);
        History(Db("old.db")).Should().Equal(SchemaScript.MigrationIds);
    }

    [Fact]
    public async Task The_script_is_not_run_twice_on_a_database_that_has_it()
    {
        await OutOfCourtDatabase.MigrateAsync(Db("twice.db"));
        await using var connection = OutOfCourtDatabase.Open(Db("twice.db"));

        SchemaScript.Inspect(connection).Should().Be(SchemaScript.State.Current);
        SchemaScript.TryCreate(connection).Should().BeFalse();
        await OutOfCourtDatabase.MigrateAsync(Db("twice.db")); // a second start changes nothing
        History(Db("twice.db")).Should().Equal(SchemaScript.MigrationIds);
    }

    [Fact]
    public async Task Syncing_unchanged_reference_files_writes_nothing_and_keeps_every_id()
    {
        await OutOfCourtDatabase.MigrateAsync(Db("refs.db"));
        await using var connection = OutOfCourtDatabase.Open(Db("refs.db"));
        var files = new ReferenceFiles(TestDatabase.DataDirectory);
        var first = ReferenceSync.Sync(connection, files);
        var changesBefore = TotalChanges(connection);

        var second = ReferenceSync.Sync(connection, files);

        TotalChanges(connection).Should().Be(changesBefore);
        second.Forces.Select(f => (f.Id, f.Slug)).Should().Equal(first.Forces.Select(f => (f.Id, f.Slug)));
        second.Offences.Select(o => (o.Id, o.Code)).Should().BeEquivalentTo(first.Offences.Select(o => (o.Id, o.Code)));
        second.Datasets.Select(d => (d.Id, d.Key, d.PeriodKind)).Should().Equal(first.Datasets.Select(d => (d.Id, d.Key, d.PeriodKind)));
    }

    [Fact]
    public async Task A_renamed_force_keeps_its_id_and_a_new_one_is_added()
    {
        await OutOfCourtDatabase.MigrateAsync(Db("renamed.db"));
        await using var connection = OutOfCourtDatabase.Open(Db("renamed.db"));
        var before = ReferenceSync.Sync(connection, new ReferenceFiles(TestDatabase.DataDirectory));
        var data = CopyOfData();
        var forces = Path.Combine(data, "reference", "forces.csv");
        var lines = File.ReadAllLines(forces).ToList();
        var city = lines.FindIndex(l => l.StartsWith("city-of-london,", StringComparison.Ordinal));
        lines[city] = lines[city].Replace("City of London Police", "City of London Police Service", StringComparison.Ordinal);
        lines.Add("test-force,Test Force,,England");
        File.WriteAllLines(forces, lines);

        var after = ReferenceSync.Sync(connection, new ReferenceFiles(data));

        after.ForceBySlug["city-of-london"].Id.Should().Be(before.ForceBySlug["city-of-london"].Id);
        after.ForceBySlug["city-of-london"].Name.Should().Be("City of London Police Service");
        after.ForceBySlug["test-force"].Id.Should().BeGreaterThan(before.Forces.Max(f => f.Id));
    }

    private string CopyOfData()
    {
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "reference"));
        foreach (var f in Directory.GetFiles(Path.Combine(TestDatabase.DataDirectory, "reference")))
            File.Copy(f, Path.Combine(data, "reference", Path.GetFileName(f)));
        File.Copy(Path.Combine(TestDatabase.DataDirectory, SeriousnessPolicy.FileName), Path.Combine(data, SeriousnessPolicy.FileName));
        return data;
    }

    private static string Normalise(string sql) => sql.TrimStart('\uFEFF').Replace("\r\n", "\n").Trim();

    private static long TotalChanges(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT total_changes()";
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Every table and index with its SQL, EF Core's migration lock table aside (the migrator makes it while it runs).</summary>
    private static List<string> Schema(string path) =>
        Strings(path, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE '__EFMigrationsLock%' ORDER BY type, " +
            "name");

    private static List<string> History(string path) => Strings(path, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId");

    private static List<string> Strings(string path, string sql)
    {
        using var connection = OutOfCourtDatabase.Open(path);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
