using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Writes one file inside one transaction: the aggregated cells, the slices, the yearly roll-up of the force-years it
/// touched, the street crimes kept for the outcome join, and the file's record. Nothing is visible to anyone until
/// Commit; a crash or a kill rolls it all back.
/// </summary>
internal sealed class ImportWriter : IRowSink, IAsyncDisposable
{
    private readonly OutOfCourtDbContext _db;
    private readonly ReferenceData _refs;
    private readonly IDbContextTransaction _tx;
    private readonly SqliteConnection _connection;
    private readonly List<Offence> _addedOffences = [];
    private bool _committed;
    public FactAggregator Facts { get; }

    private ImportWriter(OutOfCourtDbContext db, ReferenceData refs, IDbContextTransaction tx, FactAggregator facts)
    {
        _db = db;
        _refs = refs;
        _tx = tx;
        Facts = facts;
        _connection = (SqliteConnection)db.Database.GetDbConnection();
    }

    /// <summary>Opens the file's transaction; <paramref name="facts"/> are cells already summed (data.police.uk files are parsed before they are written).</summary>
    public static async Task<ImportWriter> BeginAsync(OutOfCourtDbContext db, ReferenceData refs, CancellationToken ct, FactAggregator? facts = null)
    {
        await db.Database.OpenConnectionAsync(ct);
        var tx = await db.Database.BeginTransactionAsync(ct);
        return new ImportWriter(db, refs, tx, facts ?? new FactAggregator());
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

    public Offence AddOffence(Offence offence)
    {
        _db.Offences.Add(offence);
        _db.SaveChanges();
        _refs.Register(offence);
        _addedOffences.Add(offence);
        return offence;
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
            insertCell.ExecuteNonQuery(); // synchronous on purpose: SQLite has no async I/O, and a Home Office file has 400,000 cells
        }
        ct.ThrowIfCancellationRequested();

        await RollUpYearsAsync(ct);

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

    /// <summary>
    /// Recomputes the yearly roll-up of every force-year this file touched from the monthly (or quarterly) cells, so
    /// grouped queries read a twelfth of the rows, and moves the national roll-up by the change: the force-year's
    /// old rows are taken away and its new ones added. Cheap: one force-year is a few thousand cells at most, and
    /// the national sum is never recomputed from every force.
    /// </summary>
    private async Task RollUpYearsAsync(CancellationToken ct)
    {
        const string forceYear = "WHERE DatasetId=$d AND ForceId=$f AND Year=$y";
        string MoveNational(string sign) =>
            "INSERT INTO NationalOutcomeCounts (DatasetId, Year, OffenceId, OutcomeId, Count, Forces) " +
            $"SELECT DatasetId, Year, OffenceId, OutcomeId, {sign}Count, {sign}1 FROM YearlyOutcomeCounts {forceYear} " +
            "ON CONFLICT (DatasetId, Year, OffenceId, OutcomeId) DO UPDATE SET Count = Count + excluded.Count, Forces = Forces + excluded.Forces";
        using var takeAway = Command(MoveNational("-"), "$d", "$f", "$y");
        using var delete = Command($"DELETE FROM YearlyOutcomeCounts {forceYear}", "$d", "$f", "$y");
        using var insert = Command(
            "INSERT INTO YearlyOutcomeCounts (DatasetId, ForceId, Year, OffenceId, OutcomeId, Count) " +
            $"SELECT DatasetId, ForceId, Year, OffenceId, OutcomeId, SUM(Count) FROM OutcomeCounts {forceYear} GROUP BY OffenceId, OutcomeId",
            "$d", "$f", "$y");
        using var add = Command(MoveNational("+"), "$d", "$f", "$y");
        // A national row no force contributes to any more goes (a zero count that some force reports stays).
        using var prune = Command("DELETE FROM NationalOutcomeCounts WHERE DatasetId=$d AND Year=$y AND Forces=0", "$d", "$y");
        foreach (var (d, f, y) in Facts.Slices.Keys.Select(s => (s.DatasetId, s.ForceId, s.Year)).Distinct())
            foreach (var cmd in new[] { takeAway, delete, insert, add, prune })
            {
                foreach (SqliteParameter p in cmd.Parameters) p.Value = p.ParameterName switch { "$d" => d, "$f" => f, _ => y };
                await cmd.ExecuteNonQueryAsync(ct);
            }
    }

    /// <summary>
    /// Keeps a street file's crimes, one run per force and month, sorted, replacing the runs of the slices it
    /// replaces. The blob is written in place through SQLite's blob I/O, so no copy of it is made.
    /// </summary>
    public async Task WriteCrimeRunsAsync(IReadOnlyDictionary<(int ForceId, int Year, int Month), PooledList<ulong>> crimes, CancellationToken ct)
    {
        using var delete = Command("DELETE FROM CrimeTypeRuns WHERE ForceId=$f AND Year=$y AND Month=$m", "$f", "$y", "$m");
        using var insert = Command("INSERT INTO CrimeTypeRuns (ForceId, Year, Month, Count, Keys) VALUES ($f, $y, $m, $n, zeroblob($bytes)) RETURNING Id",
            "$f", "$y", "$m", "$n", "$bytes");
        foreach (var ((force, year, month), entries) in crimes)
        {
            delete.Parameters[0].Value = insert.Parameters[0].Value = force;
            delete.Parameters[1].Value = insert.Parameters[1].Value = year;
            delete.Parameters[2].Value = insert.Parameters[2].Value = month;
            await delete.ExecuteNonQueryAsync(ct);
            insert.Parameters[3].Value = entries.Count;
            insert.Parameters[4].Value = entries.Count * sizeof(ulong);
            var id = (long)(await insert.ExecuteScalarAsync(ct))!;
            WriteRun(id, entries);
        }
    }

    private void WriteRun(long id, PooledList<ulong> entries)
    {
        var span = entries.Span;
        span.Sort();
        using var blob = new SqliteBlob(_connection, "CrimeTypeRuns", "Keys", id);
        blob.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(span));
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
        await _tx.DisposeAsync(); // rolls back unless committed
        if (!_committed) foreach (var o in _addedOffences) _refs.Unregister(o);
        _db.ChangeTracker.Clear();
        await _db.Database.CloseConnectionAsync();
    }
}
