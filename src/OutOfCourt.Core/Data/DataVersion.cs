using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OutOfCourt.Core.Data;

/// <summary>
/// A number in Settings that every landed file bumps, in the file's own transaction: cached query answers and cached
/// pages are kept per version, so none outlives the data it came from. 0 until the first import.
/// </summary>
public static class DataVersion
{
    private const string Key = "data-version";

    /// <summary>The current version, on a connection the caller has opened.</summary>
    public static async Task<long> ReadAsync(DbConnection connection, CancellationToken ct = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT Value FROM Settings WHERE Key = '{Key}'";
        return long.TryParse(await cmd.ExecuteScalarAsync(ct) as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
    }

    /// <summary>The current version, on a read-only connection of its own (for readers that hold none, such as the page cache).</summary>
    public static async Task<long> ReadAsync(string databasePath, CancellationToken ct = default)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(ct);
        return await ReadAsync(connection, ct);
    }

    /// <summary>Adds one to the version, in the transaction of the file being landed.</summary>
    public static async Task BumpAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = $"INSERT INTO Settings (Key, Value) VALUES ('{Key}', '1') " +
                          "ON CONFLICT(Key) DO UPDATE SET Value = CAST(CAST(Value AS INTEGER) + 1 AS TEXT)";
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
