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
        new DbContextOptionsBuilder<OutOfCourtDbContext>().UseSqlite(ConnectionString(path)).Options;

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
