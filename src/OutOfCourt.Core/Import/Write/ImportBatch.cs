using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The transaction an import run writes in. Each file is written inside a savepoint of it (<see cref="ImportWriter"/>),
/// so a file still lands whole or not at all: a refused or cancelled file is rolled back to its savepoint and its
/// neighbours stay. The files that landed are committed together about once a second, and at the end: committing
/// each alone wrote the same roll-up and index pages to the journal once per file (docs/performance.md, importer
/// decisions). A crash loses at most the files since the last commit (never part of one), which a second run then
/// imports; their results are reported only once committed.
/// </summary>
internal sealed class ImportBatch(SqliteConnection connection, ReferenceData refs, Action<FileImportResult> report) : IAsyncDisposable
{
    public static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(1);

    private readonly List<FileImportResult> _pending = [];
    private readonly List<Offence> _addedOffences = [];
    private readonly Stopwatch _sinceCommit = new();
    private SqliteTransaction? _tx;
    private int _savepoints;

    public SqliteConnection Connection => connection;

    /// <summary>What the landed files add to the roll-ups, applied just before each commit.</summary>
    public RollUpDeltas RollUps { get; } = new();

    private RollUpDeltas? _spareRollUps;

    /// <summary>
    /// Roll-up deltas for the next file's writer: the previous writer's, emptied, rather than tables grown from
    /// nothing for each of ten thousand files.
    /// </summary>
    public RollUpDeltas RentRollUps()
    {
        var deltas = _spareRollUps ?? new RollUpDeltas();
        _spareRollUps = null;
        return deltas;
    }

    /// <summary>A writer's deltas, done with, emptied for the next (see <see cref="RollUpDeltas.Reset"/>).</summary>
    public void ReturnRollUps(RollUpDeltas deltas)
    {
        deltas.Reset();
        _spareRollUps = deltas;
    }

    /// <summary>The open transaction, begun at the first write (BEGIN IMMEDIATE: the write lock before anything is read).</summary>
    public SqliteTransaction Transaction
    {
        get
        {
            if (_tx is null)
            {
                _tx = connection.BeginTransaction();
                _sinceCommit.Restart();
            }
            return _tx;
        }
    }

    /// <summary>A name for the next file's savepoint.</summary>
    public string NextSavepoint() => $"file{++_savepoints}";

    /// <summary>Offences a landed file added: forgotten again should the batch roll back.</summary>
    public void Added(IEnumerable<Offence> offences) => _addedOffences.AddRange(offences);

    /// <summary>A file is done (landed, unchanged or refused): reported now if nothing waits for a commit, else with the commit.</summary>
    public void Finished(FileImportResult result)
    {
        if (_tx is null && _pending.Count == 0) report(result);
        else _pending.Add(result);
    }

    /// <summary>
    /// Adds the roll-up deltas summed so far to the tables, inside the open transaction, once there are a few
    /// thousand of them. The commit does it anyway; the writer calls this when it would otherwise wait for the
    /// parsers, so the work is off the critical path, while smaller sums wait to be summed with later files'.
    /// </summary>
    public void ApplyRollUps()
    {
        if (_tx is not null && RollUps.Rows >= 2048) RollUps.Apply(_tx);
    }

    /// <summary>Commits when the last commit is a second old, so readers and the progress display keep up.</summary>
    public async Task CommitIfDueAsync(CancellationToken ct)
    {
        if (_tx is not null && _sinceCommit.Elapsed >= CommitEvery) await CommitAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        if (_tx is not null)
        {
            RollUps.Apply(_tx);
            await _tx.CommitAsync(ct);
            await _tx.DisposeAsync();
            _tx = null;
        }
        _addedOffences.Clear();
        foreach (var result in _pending) report(result);
        _pending.Clear();
    }

    /// <summary>Rolls back what was not committed (on a failure: nothing of those files is in the database).</summary>
    public async ValueTask DisposeAsync()
    {
        RollUps.Clear();
        if (_tx is null) return;
        await _tx.DisposeAsync();
        _tx = null;
        foreach (var offence in _addedOffences) refs.Unregister(offence);
        _addedOffences.Clear();
    }
}
