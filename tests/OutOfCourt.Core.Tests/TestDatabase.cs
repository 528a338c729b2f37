using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Tests;

/// <summary>A real SQLite file in a temporary folder, migrated and with reference data; deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("outofcourt-test-").FullName;
    public string Path => System.IO.Path.Combine(Folder, "test.db");
    public ReferenceData Refs { get; private set; } = null!;

    public static string DataDirectory => Core.DataDirectory.Locate();
    public static string Data(params string[] parts) => System.IO.Path.Combine([DataDirectory, .. parts]);
    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static async Task<TestDatabase> CreateAsync(bool bundled = false)
    {
        var db = new TestDatabase();
        db.Refs = await OutOfCourtSetup.PrepareAsync(db.Path, DataDirectory, bundled);
        return db;
    }

    public OutOfCourtDbContext Context() => OutOfCourtDatabase.Create(Path);

    public async Task<ImportRunResult> ImportAsync(ImportOptions? options, params string[] paths)
    {
        await using var connection = OutOfCourtDatabase.Open(Path);
        return await new Importer(connection, Refs).ImportAsync(paths, options ?? new ImportOptions());
    }

    public Task<ImportRunResult> ImportAsync(params string[] paths) => ImportAsync(null, paths);

    public async Task<QueryResult> QueryAsync(OutcomeFilter filter, params GroupBy[] groupBy)
    {
        await using var db = Context();
        return await new OutcomeQueryService(db.Database.GetDbConnection(), Refs, new DatasetCatalog(db.Database.GetDbConnection(), Refs)).RunAsync(filter,
            groupBy);
    }

    /// <summary>The query model every front end uses, on its own connection (dispose it).</summary>
    public QueryModel Model() => QueryModel.Open(Path, Refs, defaultDataset: null);

    /// <summary>Writes a file for one test into this database's folder.</summary>
    public string WriteFile(string name, string content)
    {
        var path = System.IO.Path.Combine(Folder, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A copy of data/reference in this test's folder with its own seriousness policy: returns the data folder.</summary>
    public string DataWithPolicy(string policyJson)
    {
        foreach (var f in Directory.GetFiles(System.IO.Path.Combine(DataDirectory, "reference")))
            WriteFile(System.IO.Path.Combine("data", "reference", System.IO.Path.GetFileName(f)), File.ReadAllText(f));
        WriteFile(System.IO.Path.Combine("data", SeriousnessPolicy.FileName), policyJson);
        return System.IO.Path.Combine(Folder, "data");
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
