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

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) =>
            Set(connection);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData,
            CancellationToken ct = default)
        {
            Set(connection);
            return Task.CompletedTask;
        }

        private static void Set(System.Data.Common.DbConnection connection)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA synchronous=NORMAL;";
            cmd.ExecuteNonQuery();
        }
    }

    public static OutOfCourtDbContext Create(string path) => new(Options(path));

    /// <summary>Creates the folder and the file if missing, applies pending migrations, and turns on WAL so readers never wait for an import.</summary>
    public static async Task MigrateAsync(string path, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var db = Create(path);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
