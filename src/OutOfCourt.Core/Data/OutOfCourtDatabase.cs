using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OutOfCourt.Core.Data;

/// <summary>Opens the SQLite database, creating it and applying migrations when needed.</summary>
public static class OutOfCourtDatabase
{
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        DefaultTimeout = 30,
    }.ToString();

    public static DbContextOptions<OutOfCourtDbContext> Options(string path) =>
        new DbContextOptionsBuilder<OutOfCourtDbContext>().UseSqlite(ConnectionString(path)).AddInterceptors(NormalSync.Instance).Options;

    /// <summary>
    /// synchronous=NORMAL on every connection: in WAL mode a commit is still all or nothing after a crash or a power
    /// cut (the last commits may roll back, none is half-written), but it no longer waits for the disk to flush,
    /// which an import of a thousand files, one transaction each, would otherwise do a thousand times.
    /// </summary>
    private sealed class NormalSync : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public static readonly NormalSync Instance = new();

        public override void ConnectionOpened(System.Data.Common.DbConnection connection,
            Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) =>
            SetNormalSync(connection);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection,
            Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData,
            CancellationToken ct = default)
        {
            SetNormalSync(connection);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Sets up a connection as <see cref="NormalSync"/> does EF Core's. Not a member of the interceptor: calling it
    /// from there loaded EF Core's assemblies into every command-line import, which never uses EF Core.
    /// </summary>
    private static void SetNormalSync(System.Data.Common.DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=NORMAL;";
        cmd.ExecuteNonQuery();
    }

    public static OutOfCourtDbContext Create(string path) => new(Options(path));

    /// <summary>
    /// An open connection for plain SQL (the importer, start-up), set up as EF Core's connections are. The caller
    /// owns it; closing it returns it to the pool.
    /// </summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();
        SetNormalSync(connection);
        return connection;
    }

    /// <summary>Opens a connection that is closed (with the settings of <see cref="Open"/>); true when it did, so the caller closes it again.</summary>
    public static bool EnsureOpen(SqliteConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open) return false;
        connection.Open();
        SetNormalSync(connection);
        return true;
    }

    /// <summary>
    /// Creates the folder and the file if missing, brings the schema up to date, and turns on WAL so readers never
    /// wait for an import. A new database is created from the migrations' script and a current one is left alone,
    /// both in plain SQL; only a database that is behind (or foreign) needs EF Core's migrator (<see cref="SchemaScript"/>).
    /// </summary>
    public static async Task MigrateAsync(string path, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using (var connection = Open(path))
        {
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                wal.ExecuteNonQuery();
            }
            var state = SchemaScript.Inspect(connection);
            if (state == SchemaScript.State.Current || (state == SchemaScript.State.Empty && SchemaScript.TryCreate(connection))) return;
        }
        // A natively compiled command line (the README's build for large imports) has no EF Core: the compiler
        // drops this branch, and with it EF Core, as dynamic code is never supported there.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            throw new DatabaseNeedsUpgradeException(path);
        await MigrateWithEfCoreAsync(path, ct);
    }

    /// <summary>
    /// EF Core's migrator, in a method of its own: a context held in <see cref="MigrateAsync"/>'s own state loaded EF
    /// Core's assemblies into every start (5 MB of a command-line import's memory, which never uses EF Core).
    /// </summary>
    private static async Task MigrateWithEfCoreAsync(string path, CancellationToken ct)
    {
        await using var db = Create(path);
        await db.Database.MigrateAsync(ct);
    }
}
