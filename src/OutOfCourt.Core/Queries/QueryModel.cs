using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// The query model wired in one place for every front end: a <see cref="DatasetCatalog"/> and an
/// <see cref="OutcomeQueryService"/> on one connection of their own. The CLI makes one per command with
/// <see cref="Open"/>; the web app one per request through <see cref="QueryModelServices.AddQueryModel"/>.
/// </summary>
public sealed class QueryModel : IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection _connection;

    private QueryModel(SqliteConnection connection, ReferenceData refs, string? defaultDataset, QueryCache? cache)
    {
        _connection = connection;
        Catalog = new DatasetCatalog(connection, refs, defaultDataset, cache);
        Queries = new OutcomeQueryService(connection, refs, Catalog, cache);
        Rates = new RateQuery(Queries);
    }

    public DatasetCatalog Catalog { get; }
    public OutcomeQueryService Queries { get; }
    public RateQuery Rates { get; }

    /// <summary>For one command: the connection opens now and stays open, so the command's queries share it.</summary>
    public static QueryModel Open(string databasePath, ReferenceData refs, string? defaultDataset) =>
        new(OutOfCourtDatabase.Open(databasePath), refs, defaultDataset, cache: null);

    /// <summary>
    /// For one web request: each query opens the connection and closes it after (Microsoft.Data.Sqlite pools it), so a
    /// request that asks nothing opens nothing; answers are kept across requests in <paramref name="cache"/>.
    /// </summary>
    public static QueryModel ForRequest(string databasePath, ReferenceData refs, string? defaultDataset, QueryCache cache) =>
        new(new SqliteConnection(OutOfCourtDatabase.ConnectionString(databasePath)), refs, defaultDataset, cache);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
    public void Dispose() => _connection.Dispose();
}
