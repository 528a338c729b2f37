using System.Data;
using System.Data.Common;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// Reads rows of plain SQL on a connection. The queries behind every page are a few statements each; with EF Core's
/// SqlQueryRaw and LINQ the materialising cost more than SQLite's answer (a cold overview page at national scale ran
/// eight of them), so they are read here with the ADO.NET reader directly. A plain connection, not a DbContext: the
/// command line is compiled natively (docs/performance.md), where EF Core cannot build its model.
/// </summary>
internal static class Sql
{
    public static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> row, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var open = await OpenAsync(connection, ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(row(reader));
        return rows;
    }

    /// <summary>Opens the connection if it is closed; disposing the result closes it again only then.</summary>
    public static async Task<OpenScope> OpenAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection.State == ConnectionState.Open) return new OpenScope(null);
        await connection.OpenAsync(ct);
        return new OpenScope(connection);
    }

    public readonly struct OpenScope(DbConnection? opened) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (opened is not null) await opened.CloseAsync();
        }
    }
}
