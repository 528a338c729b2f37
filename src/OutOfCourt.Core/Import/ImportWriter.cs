using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Writes one file inside one transaction: crime-type lookups while it streams, then the aggregated cells, the
/// slices and the file's record. Nothing is visible to anyone until Commit; a crash or a kill rolls it all back.
/// </summary>
internal sealed class ImportWriter : IRowSink, IAsyncDisposable
{
    private readonly OutOfCourtDbContext _db;
    private readonly ReferenceData _refs;
    private readonly IDbContextTransaction _tx;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _remember, _lookup;
    private readonly List<Offence> _addedOffences = [];
    private bool _committed;
    public FactAggregator Facts { get; } = new();

    private ImportWriter(OutOfCourtDbContext db, ReferenceData refs, IDbContextTransaction tx)
    {
        _db = db;
        _refs = refs;
        _tx = tx;
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        _remember = Command("INSERT OR REPLACE INTO CrimeTypeLookups (CrimeKey, OffenceId) VALUES ($k, $o)", "$k", "$o");
        _lookup = Command("SELECT OffenceId FROM CrimeTypeLookups WHERE CrimeKey = $k", "$k");
    }

    public static async Task<ImportWriter> BeginAsync(OutOfCourtDbContext db, ReferenceData refs, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var tx = await db.Database.BeginTransactionAsync(ct);
        return new ImportWriter(db, refs, tx);
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = (SqliteTransaction)_tx.GetDbTransaction();
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }

    public void Add(FactKey key, long count) => Facts.Add(key, count);

    public void RememberCrime(string crimeId, int offenceId)
    {
        _remember.Parameters[0].Value = CrimeKey(crimeId);
        _remember.Parameters[1].Value = offenceId;
        _remember.ExecuteNonQuery();
    }

    public int? LookupCrime(string crimeId)
    {
        _lookup.Parameters[0].Value = CrimeKey(crimeId);
        return _lookup.ExecuteScalar() is long id ? (int)id : null;
    }

    public Offence AddOffence(Offence offence)
    {
        _db.Offences.Add(offence);
        _db.SaveChanges();
        _refs.Register(offence);
        _addedOffences.Add(offence);
        return offence;
    }

    /// <summary>A 64-bit FNV-1a hash of the Crime ID: small to store and index; collisions are negligible at national scale (about 1 in 10,000 for 70 million crimes).</summary>
    internal static long CrimeKey(string crimeId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in crimeId)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return unchecked((long)hash);
    }

    /// <summary>
    /// Replaces whatever earlier files supplied for the same slices, writes this file's cells and slices, and
    /// records the file. Returns how many earlier slices were replaced.
    /// </summary>
    public async Task<int> WriteAsync(ImportedFile file, CancellationToken ct)
    {
        _db.ImportedFiles.Add(file);
        await _db.SaveChangesAsync(ct);

        using var findSlice = Command("SELECT Id, ImportedFileId FROM Slices WHERE DatasetId=$d AND ForceId=$f AND Year=$y AND Period=$p", "$d", "$f", "$y", "$p");
        using var deleteCells = Command("DELETE FROM OutcomeCounts WHERE DatasetId=$d AND ForceId=$f AND Year=$y AND Period=$p", "$d", "$f", "$y", "$p");
        using var deleteSlice = Command("DELETE FROM Slices WHERE Id=$id", "$id");
        using var insertSlice = Command("INSERT INTO Slices (DatasetId, ForceId, Year, Period, ImportedFileId, Rows) VALUES ($d,$f,$y,$p,$file,$rows)",
            "$d", "$f", "$y", "$p", "$file", "$rows");
        var replacedFiles = new HashSet<long>();
        var replaced = 0;
        foreach (var (slice, rows) in Facts.Slices)
        {
            Bind(findSlice, slice);
            long? oldSlice = null;
            await using (var r = await findSlice.ExecuteReaderAsync(ct))
                if (await r.ReadAsync(ct)) { oldSlice = r.GetInt64(0); replacedFiles.Add(r.GetInt64(1)); }
            if (oldSlice is { } id)
            {
                Bind(deleteCells, slice);
                await deleteCells.ExecuteNonQueryAsync(ct);
                deleteSlice.Parameters[0].Value = id;
                await deleteSlice.ExecuteNonQueryAsync(ct);
                replaced++;
            }
            Bind(insertSlice, slice);
            insertSlice.Parameters[4].Value = file.Id;
            insertSlice.Parameters[5].Value = rows;
            await insertSlice.ExecuteNonQueryAsync(ct);
        }

        using var insertCell = Command(
            "INSERT INTO OutcomeCounts (DatasetId, ForceId, Year, Period, OffenceId, OutcomeId, Count) VALUES ($d,$f,$y,$p,$o,$u,$c)",
            "$d", "$f", "$y", "$p", "$o", "$u", "$c");
        foreach (var (key, count) in Facts.Cells)
        {
            Bind(insertCell, key.Slice);
            insertCell.Parameters[4].Value = key.OffenceId;
            insertCell.Parameters[5].Value = key.OutcomeId;
            insertCell.Parameters[6].Value = count;
            await insertCell.ExecuteNonQueryAsync(ct);
        }

        // Cached query answers end with this commit.
        using (var bump = Command(
                   $"INSERT INTO Settings (Key, Value) VALUES ('{Queries.QueryCache.VersionKey}', '1') " +
                   "ON CONFLICT(Key) DO UPDATE SET Value = CAST(CAST(Value AS INTEGER) + 1 AS TEXT)"))
            await bump.ExecuteNonQueryAsync(ct);

        // An earlier file none of whose slices survive has been replaced whole.
        foreach (var oldFile in replacedFiles.Where(id => id != file.Id))
        {
            var left = await _db.Slices.CountAsync(s => s.ImportedFileId == oldFile, ct);
            if (left == 0)
                await _db.ImportedFiles.Where(f => f.Id == oldFile)
                    .ExecuteUpdateAsync(u => u.SetProperty(f => f.ReplacedAt, DateTimeOffset.UtcNow), ct);
        }
        return replaced;
    }

    private static void Bind(SqliteCommand cmd, SliceKey s)
    {
        cmd.Parameters[0].Value = s.DatasetId;
        cmd.Parameters[1].Value = s.ForceId;
        cmd.Parameters[2].Value = s.Year;
        cmd.Parameters[3].Value = s.Period;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await _tx.CommitAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        _remember.Dispose();
        _lookup.Dispose();
        await _tx.DisposeAsync(); // rolls back unless committed
        if (!_committed) foreach (var o in _addedOffences) _refs.Unregister(o);
        _db.ChangeTracker.Clear();
        await _db.Database.CloseConnectionAsync();
    }
}
