using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Writes one file inside one savepoint of the run's transaction (<see cref="ImportBatch"/>): the aggregated cells,
/// the slices, the roll-ups of what they touched, the street crimes kept for the outcome join, and the file's
/// record. Unless <see cref="CommitAsync"/> is reached, all of it is rolled back; nothing is visible to anyone
/// until the batch commits, and a crash or a kill rolls it all back.
/// </summary>
internal sealed class ImportWriter : IRowSink, IAsyncDisposable
{
    private readonly ReferenceData _refs;
    private readonly ImportBatch _batch;
    private readonly SqliteTransaction _tx;
    private readonly SqliteConnection _connection;
    private readonly string _savepoint;
    private readonly List<Offence> _addedOffences = [];
    private readonly RollUpDeltas _rollUps;
    private bool _committed;
    public FactAggregator Facts { get; }

    private ImportWriter(ImportBatch batch, ReferenceData refs, FactAggregator facts)
    {
        _batch = batch;
        _connection = batch.Connection;
        _refs = refs;
        Facts = facts;
        _rollUps = batch.RentRollUps();
        _tx = batch.Transaction;
        _savepoint = batch.NextSavepoint();
        _tx.Save(_savepoint);
    }

    /// <summary>
    /// Opens the file's savepoint; <paramref name="facts"/> are cells already summed (data.police.uk files are parsed
    /// before they are written).
    /// </summary>
    public static ImportWriter Begin(ImportBatch batch, ReferenceData refs, FactAggregator? facts = null) =>
        new(batch, refs, facts ?? new FactAggregator());

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _tx;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }

    public void Add(FactKey key, long count) => Facts.Add(key, count);

    /// <summary>A time as EF Core stores it in this table (its DateTimeOffset-to-string conversion), so both read it back alike.</summary>
    private static string StoredTime(DateTimeOffset at) =>
        at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);

    public Offence AddOffence(Offence offence)
    {
        using var insert = Command(
            "INSERT INTO Offences (Scheme, Code, Name, Subgroup, \"Group\", CategoryId) VALUES ($s, $c, $n, $sub, $g, $cat) RETURNING Id",
            "$s", "$c", "$n", "$sub", "$g", "$cat");
        object[] values = [offence.Scheme, offence.Code, offence.Name, offence.Subgroup, offence.Group, offence.CategoryId];
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i];
        offence.Id = Convert.ToInt32(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
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
        // Plain SQL rather than the change tracker: a national import records ten thousand files, one per transaction.
        using (var insertFile = Command(
                   "INSERT INTO ImportedFiles (DatasetId, Path, ContentHash, Format, ImportedAt, RowsRead, RowsAggregated, RowsRejected, RowsJoined, Note) " +
                   "VALUES ($d, $path, $hash, $format, $at, $read, $aggregated, $rejected, $joined, $note) RETURNING Id",
                   "$d", "$path", "$hash", "$format", "$at", "$read", "$aggregated", "$rejected", "$joined", "$note"))
        {
            object[] values = [file.DatasetId, file.Path, file.ContentHash, file.Format, StoredTime(file.ImportedAt), file.RowsRead, file.RowsAggregated,
                file.RowsRejected, file.RowsJoined, file.Note];
            for (var i = 0; i < values.Length; i++) insertFile.Parameters[i].Value = values[i];
            file.Id = Convert.ToInt32(await insertFile.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var findSlice = Command("SELECT Id, ImportedFileId FROM Slices WHERE DatasetId=$d AND ForceId=$f AND Year=$y AND Period=$p",
            "$d", "$f", "$y", "$p");
        using var deleteCells = Command("DELETE FROM OutcomeCounts WHERE DatasetId=$d AND ForceId=$f AND Year=$y AND Period=$p", "$d", "$f", "$y", "$p");
        using var deleteSlice = Command("DELETE FROM Slices WHERE Id=$id", "$id");
        using var insertSlice = Command("INSERT INTO Slices (DatasetId, ForceId, Year, Period, ImportedFileId, Rows) VALUES ($d,$f,$y,$p,$file,$rows)",
            "$d", "$f", "$y", "$p", "$file", "$rows");
        using var oldCells = Command("SELECT OffenceId, OutcomeId, Count FROM OutcomeCounts WHERE DatasetId=$d AND ForceId=$f AND Year=$y AND Period=$p",
            "$d", "$f", "$y", "$p");
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
                Bind(oldCells, slice); // taken away from the roll-ups with the slice
                await using (var r = await oldCells.ExecuteReaderAsync(ct))
                    while (await r.ReadAsync(ct))
                        _rollUps.Add(new FactKey(slice.DatasetId, slice.ForceId, slice.Year, slice.Period, r.GetInt32(0), r.GetInt32(1)), r.GetInt64(2), -1);
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

        WriteCells(ct);

        // Cached query answers end with this commit.
        await Data.DataVersion.BumpAsync(_connection, _tx, ct);

        // An earlier file none of whose slices survive has been replaced whole.
        using var markReplaced = Command(
            "UPDATE ImportedFiles SET ReplacedAt = $at WHERE Id = $id AND NOT EXISTS (SELECT 1 FROM Slices WHERE ImportedFileId = $id)", "$at", "$id");
        foreach (var oldFile in replacedFiles.Where(id => id != file.Id))
        {
            markReplaced.Parameters[0].Value = StoredTime(DateTimeOffset.UtcNow);
            markReplaced.Parameters[1].Value = oldFile;
            await markReplaced.ExecuteNonQueryAsync(ct);
        }
        return replaced;
    }

    /// <summary>
    /// The file's cells, a thousand to a statement as one JSON array (<see cref="JsonRows"/>), as the roll-ups are
    /// written. Synchronous on purpose: SQLite has no asynchronous I/O, and a Home Office file has 400,000 cells.
    /// </summary>
    private void WriteCells(CancellationToken ct)
    {
        using var insert = Command(
            "INSERT INTO OutcomeCounts (DatasetId, ForceId, Year, Period, OffenceId, OutcomeId, Count) " +
            "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6 FROM json_each($cells)", "$cells");
        var rows = new JsonRows();
        foreach (var (key, count) in Facts.Cells)
        {
            rows.Add([key.DatasetId, key.ForceId, key.Year, key.Period, key.OffenceId, key.OutcomeId, count]);
            _rollUps.Add(key, count, +1);
            if (rows.Count == CellsPerStatement) Flush();
        }
        if (rows.Count > 0) Flush();

        void Flush()
        {
            ct.ThrowIfCancellationRequested();
            insert.Parameters[0].Value = rows.Take();
            insert.ExecuteNonQuery();
        }
    }

    // Bigger statements cost memory, smaller ones bought nothing (docs/performance.md, importer decisions).
    private const int CellsPerStatement = 1024;

    /// <summary>
    /// Keeps a street file's crimes, one run per force and month in the file's order, replacing the runs of the
    /// slices it replaces. The blob is written in place through SQLite's blob I/O, so no copy of it is made. The
    /// runs are not sorted: the join sorts what it loads of them anyway (<see cref="CrimeTypeIndex.LoadAsync"/>).
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

    /// <summary>The file is whole: its savepoint is released into the batch, which commits it with its neighbours.</summary>
    public Task CommitAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _tx.Release(_savepoint);
        _committed = true;
        _batch.Added(_addedOffences);
        _batch.RollUps.AddFrom(_rollUps);
        _batch.ReturnRollUps(_rollUps);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (_committed) return ValueTask.CompletedTask;
        _batch.ReturnRollUps(_rollUps);
        foreach (var o in _addedOffences) _refs.Unregister(o);
        try
        {
            _tx.Rollback(_savepoint); // everything of this file, and only of this file
            _tx.Release(_savepoint);
        }
        catch (SqliteException)
        {
            // SQLite has already rolled the whole transaction back (a full disk, say): the batch's own rollback and the
            // error that got us here say so; nothing of this file is left either way.
        }
        return ValueTask.CompletedTask;
    }
}
