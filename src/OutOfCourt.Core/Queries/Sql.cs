using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// Reads rows of plain SQL on a context's connection. The queries behind every page are a few statements each;
/// with EF Core's SqlQueryRaw and LINQ the materialising cost more than SQLite's answer (a cold overview page at
/// national scale ran eight of them), so they are read here with the ADO.NET reader directly.
/// </summary>
internal static class Sql
{
    public static async Task<List<T>> ReadAsync<T>(OutOfCourtDbContext db, string sql, Func<DbDataReader, T> row, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
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
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
