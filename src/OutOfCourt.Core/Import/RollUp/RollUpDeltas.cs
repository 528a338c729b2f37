using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace OutOfCourt.Core.Import;

/// <summary>
/// What the cells written (and replaced) since the last commit add to the three roll-ups: the yearly table by
/// force, the national table and the all-years table by force. Each file's writer keeps its own and hands them to
/// the batch when its savepoint is released; the batch applies the sum in the same transaction, just before it
/// commits, so readers never see roll-ups out of step with the cells. Summed first, written once: the 44 street
/// files of a month each move the same few hundred national rows, and the twelve months of a force-year the same
/// yearly rows, which row-by-row upserts into tables with three or four indexes each wrote again for every file.
/// Each row counts the cells it sums, so a row left summing none is removed.
/// </summary>
internal sealed class RollUpDeltas
{
    private Dictionary<(int Dataset, int Force, int Year, int Offence, int Outcome), Delta> _yearly = new();
    private Dictionary<(int Dataset, int Year, int Offence, int Outcome), Delta> _national = new();
    private Dictionary<(int Dataset, int Force, int Offence, int Outcome), Delta> _allYears = new();

    private struct Delta
    {
        public long Count;
        public int Cells;
    }

    /// <summary>Rows of the yearly roll-up waiting to be written (the other two have fewer).</summary>
    public int Rows => _yearly.Count;

    /// <summary>A cell written (<paramref name="sign"/> 1) or taken away with its slice (-1).</summary>
    public void Add(FactKey cell, long count, int sign)
    {
        Move(_yearly, (cell.DatasetId, cell.ForceId, cell.Year, cell.OffenceId, cell.OutcomeId), count, sign);
        Move(_national, (cell.DatasetId, cell.Year, cell.OffenceId, cell.OutcomeId), count, sign);
        Move(_allYears, (cell.DatasetId, cell.ForceId, cell.OffenceId, cell.OutcomeId), count, sign);
    }

    private static void Move<TKey>(Dictionary<TKey, Delta> deltas, TKey key, long count, int sign) where TKey : notnull
    {
        ref var delta = ref CollectionsMarshal.GetValueRefOrAddDefault(deltas, key, out _);
        delta.Count += sign * count;
        delta.Cells += sign;
    }

    /// <summary>Adds another writer's deltas to these.</summary>
    public void AddFrom(RollUpDeltas other)
    {
        if (_yearly.Count == 0) // nothing here yet: take the other's tables rather than copy them (a Home Office file's are large)
        {
            (_yearly, other._yearly) = (other._yearly, _yearly);
            (_national, other._national) = (other._national, _national);
            (_allYears, other._allYears) = (other._allYears, _allYears);
            return;
        }
        foreach (var (key, d) in other._yearly) Merge(_yearly, key, d);
        foreach (var (key, d) in other._national) Merge(_national, key, d);
        foreach (var (key, d) in other._allYears) Merge(_allYears, key, d);
        other.Clear();
    }

    private static void Merge<TKey>(Dictionary<TKey, Delta> deltas, TKey key, Delta d) where TKey : notnull
    {
        ref var delta = ref CollectionsMarshal.GetValueRefOrAddDefault(deltas, key, out _);
        delta.Count += d.Count;
        delta.Cells += d.Cells;
    }

    /// <summary>Empties the tables for reuse, letting go of the room a large file (a Home Office year) made in them.</summary>
    public void Reset()
    {
        Clear();
        if (_yearly.Capacity > 8192) _yearly.TrimExcess();
        if (_national.Capacity > 8192) _national.TrimExcess();
        if (_allYears.Capacity > 8192) _allYears.TrimExcess();
    }

    public void Clear()
    {
        _yearly.Clear();
        _national.Clear();
        _allYears.Clear();
    }

    /// <summary>Writes the deltas into the roll-up tables, drops rows left summing no cell, and clears them.</summary>
    public void Apply(SqliteTransaction tx)
    {
        Apply(tx, "YearlyOutcomeCounts", ["DatasetId", "ForceId", "Year", "OffenceId", "OutcomeId"],
            _yearly.OrderBy(e => e.Key).Select(e => (new[] { e.Key.Dataset, e.Key.Force, e.Key.Year, e.Key.Offence, e.Key.Outcome }, e.Value)));
        Apply(tx, "NationalOutcomeCounts", ["DatasetId", "Year", "OffenceId", "OutcomeId"],
            _national.OrderBy(e => e.Key).Select(e => (new[] { e.Key.Dataset, e.Key.Year, e.Key.Offence, e.Key.Outcome }, e.Value)));
        Apply(tx, "AllYearsOutcomeCounts", ["DatasetId", "ForceId", "OffenceId", "OutcomeId"],
            _allYears.OrderBy(e => e.Key).Select(e => (new[] { e.Key.Dataset, e.Key.Force, e.Key.Offence, e.Key.Outcome }, e.Value)));
        Clear();
    }

    /// <summary>
    /// One statement per table for all its rows, handed over as a JSON array (<see cref="JsonRows"/>). The rows come
    /// sorted by key, so the table and its indexes are written in order.
    /// </summary>
    private static void Apply(SqliteTransaction tx, string table, string[] keys, IEnumerable<(int[] Key, Delta Delta)> rows)
    {
        // In statements of a few thousand rows: a Home Office file moves a quarter of a million.
        foreach (var chunk in rows.Chunk(4096)) ApplyChunk(tx, table, keys, chunk);
    }

    private static void ApplyChunk(SqliteTransaction tx, string table, string[] keys, IEnumerable<(int[] Key, Delta Delta)> rows)
    {
        var upserts = new JsonRows();
        var emptied = new JsonRows();
        Span<long> row = stackalloc long[keys.Length + 2];
        foreach (var (key, delta) in rows)
        {
            if (delta is { Count: 0, Cells: 0 }) continue; // written and taken away again in this batch
            for (var i = 0; i < key.Length; i++) row[i] = key[i];
            row[key.Length] = delta.Count;
            row[key.Length + 1] = delta.Cells;
            upserts.Add(row);
            if (delta.Cells < 0) emptied.Add(row[..key.Length]); // only a row that lost cells can be left with none
        }
        if (upserts.Count == 0) return;
        var columns = string.Join(", ", keys);
        var fields = string.Join(", ", keys.Select((_, i) => $"value->>{i}"));
        using var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText =
            $"INSERT INTO {table} ({columns}, Count, Cells) SELECT {fields}, value->>{keys.Length}, value->>{keys.Length + 1} " +
            "FROM json_each($rows) WHERE true " + // "WHERE true" tells SQLite the ON CONFLICT belongs to the INSERT
            $"ON CONFLICT ({columns}) DO UPDATE SET Count = Count + excluded.Count, Cells = Cells + excluded.Cells";
        cmd.Parameters.AddWithValue("$rows", upserts.Take());
        cmd.ExecuteNonQuery();
        if (emptied.Count == 0) return;
        cmd.CommandText = $"DELETE FROM {table} WHERE Cells = 0 AND ({columns}) IN (SELECT {fields} FROM json_each($emptied))";
        cmd.Parameters.Clear();
        cmd.Parameters.AddWithValue("$emptied", emptied.Take());
        cmd.ExecuteNonQuery();
    }
}
