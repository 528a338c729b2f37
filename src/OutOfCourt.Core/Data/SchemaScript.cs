using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace OutOfCourt.Core.Data;

/// <summary>
/// The migrations as one SQL script (Data/Schema.sql, written by <c>dotnet ef migrations script --no-transactions</c>
/// and embedded in this assembly), so that a new database is created, and a current one recognised, without EF
/// Core's migrator: building its model and services costs over a second of start-up, before the first row of a
/// five-second import. A database that is behind goes to EF Core's migrator as before. SchemaScriptTests checks the
/// script is what EF Core generates now and gives the same schema as migrating.
/// </summary>
internal static partial class SchemaScript
{
    public const string RegenerateCommand =
        "dotnet ef migrations script --no-transactions --project src/OutOfCourt.Core -o src/OutOfCourt.Core/Data/Schema.sql";

    private static readonly Lazy<string> LazyText = new(() =>
    {
        using var stream = typeof(SchemaScript).Assembly.GetManifestResourceStream("OutOfCourt.Core.Data.Schema.sql")
                           ?? throw new InvalidOperationException("Data/Schema.sql is not embedded in OutOfCourt.Core");
        using var reader = new StreamReader(stream); // drops the byte-order mark
        return reader.ReadToEnd();
    });

    /// <summary>The script's SQL.</summary>
    public static string Text => LazyText.Value;

    /// <summary>The migrations the script applies, in order, as it records them in __EFMigrationsHistory.</summary>
    public static IReadOnlyList<string> MigrationIds { get; } =
        HistoryRow().Matches(Text).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""INSERT INTO "__EFMigrationsHistory" \("MigrationId", "ProductVersion"\)\s*VALUES \('([^']+)'""")]
    private static partial Regex HistoryRow();

    public enum State { Empty, Current, NeedsMigrator }

    /// <summary>Whether the database has no tables, has every migration of the script (and no other), or needs EF Core's migrator.</summary>
    public static State Inspect(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        if ((long)cmd.ExecuteScalar()! == 0) return State.Empty;
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if ((long)cmd.ExecuteScalar()! == 0) return State.NeedsMigrator;
        cmd.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId";
        var applied = new List<string>();
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) applied.Add(reader.GetString(0));
        return applied.SequenceEqual(MigrationIds.Order(StringComparer.Ordinal)) ? State.Current : State.NeedsMigrator;
    }

    /// <summary>
    /// Creates every table of an empty database in one transaction, so a failure leaves it empty. Returns false when
    /// another process created them first (the check is repeated under the write lock).
    /// </summary>
    public static bool TryCreate(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: one creator at a time
        if (Inspect(connection, tx) != State.Empty) return false;
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = Text;
        cmd.ExecuteNonQuery();
        tx.Commit();
        return true;
    }
}
