using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Crime ID to crime type for one force, in memory, loaded from its <see cref="Data.Tables.CrimeTypeRun"/> rows while
/// that force's outcome files are joined. To keep memory flat whatever the history, a force with more crimes than
/// <see cref="EntriesPerPartition"/> is joined in hash partitions, one at a time per core (see <see cref="JoinSpill"/>).
/// </summary>
internal sealed class CrimeTypeIndex
{
    /// <summary>
    /// 128 thousand entries, 1 MB: two months of the largest force. Small partitions cost little (each CSV is read
    /// once whatever their number), and bound the join's memory to about a megabyte a core.
    /// </summary>
    public const int EntriesPerPartition = 128 * 1024;
    private const ulong HashMask = ~0xFFFFUL;

    private readonly ulong[] _entries;
    private readonly int _count;

    private CrimeTypeIndex(ulong[] entries, int count)
    {
        _entries = entries;
        _count = count;
    }

    public static readonly CrimeTypeIndex Empty = new([], 0);

    /// <summary>The array behind the index, for the next load to reuse once this index is done with.</summary>
    public ulong[] Entries => _entries;

    /// <summary>
    /// A 64-bit hash of the Crime ID's bytes, eight at a time, finished with the SplitMix64 mixer. Only the top 48
    /// bits are kept, and only one force's crimes are compared: among 10 million crimes (ten years of the
    /// Metropolitan Police) about 0.2 pairs share a key by chance. Stored in the runs, so it must never change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = ulong.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL, 31);
            bytes = bytes[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++) tail |= (ulong)bytes[i] << (8 * i);
        h ^= tail;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }

    public static ulong Entry(ulong hash, int offenceId) =>
        (uint)offenceId <= 0xFFFF ? (hash & HashMask) | (uint)offenceId
            : throw new InvalidOperationException($"offence id {offenceId} does not fit in 16 bits");

    /// <summary>Which partition of <paramref name="partitions"/> a crime's hash belongs to.</summary>
    public static int PartitionOf(ulong hash, int partitions) => partitions == 1 ? 0 : (int)((hash >> 16) % (ulong)partitions);

    public static int PartitionsFor(long crimes, int perPartition) => (int)Math.Max(1, (crimes + perPartition - 1) / perPartition);

    public static async Task<long> CountAsync(SqliteConnection connection, int forceId, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(SUM(Count), 0) FROM CrimeTypeRuns WHERE ForceId = $f";
        cmd.Parameters.AddWithValue("$f", forceId);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Loads the force's crimes for the first partition of its join, sorted by hash; with a <paramref name="spill"/>
    /// (a force of several partitions) the crimes of the others are written to it on the way. Runs are streamed
    /// through one small buffer and <paramref name="reuse"/> (the array of an index done with) is filled when it is
    /// large enough, so memory stays at one partition's worth per force being joined.
    /// </summary>
    public static async Task<CrimeTypeIndex> LoadAsync(SqliteConnection connection, int forceId, long crimes, JoinSpill? spill,
        ulong[]? reuse, CancellationToken ct)
    {
        var partitions = spill?.Partitions ?? 1;
        var entries = Array(partitions == 1 ? crimes : crimes / partitions + crimes / partitions / 8, reuse);
        var count = 0;
        var chunk = new byte[1 << 16];
        using var others = spill is null ? null : new JoinSpillWriter<ulong>(partitions, spill.AddCrimes);
        await using var cmd = connection.CreateCommand();
        // With the rowid in the result, GetStream reads the blob in place instead of copying it whole.
        cmd.CommandText = "SELECT Keys, rowid FROM CrimeTypeRuns WHERE ForceId = $f";
        cmd.Parameters.AddWithValue("$f", forceId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            await using var blob = reader.GetStream(0);
            int n;
            while ((n = await blob.ReadAtLeastAsync(chunk, chunk.Length, throwOnEndOfStream: false, ct)) > 0)
                foreach (var entry in MemoryMarshal.Cast<byte, ulong>(chunk.AsSpan(0, n - n % 8)))
                {
                    if (PartitionOf(entry, partitions) is var p and > 0)
                    {
                        others!.Add(p, entry);
                        continue;
                    }
                    if (count == entries.Length) System.Array.Resize(ref entries, entries.Length * 2);
                    entries[count++] = entry;
                }
        }
        others?.Complete();
        System.Array.Sort(entries, 0, count);
        return new CrimeTypeIndex(entries, count);
    }

    /// <summary>The crimes of a later partition of a join, from its spill, sorted by hash.</summary>
    public static CrimeTypeIndex FromSpill(JoinSpill spill, int partition, ulong[]? reuse)
    {
        var count = (int)spill.Crimes(partition);
        var entries = Array(count, reuse);
        spill.ReadCrimes(partition, entries);
        System.Array.Sort(entries, 0, count);
        return new CrimeTypeIndex(entries, count);
    }

    private static ulong[] Array(long size, ulong[]? reuse)
    {
        size = (size + 1024 + 0xFFFF) & ~0xFFFFL; // in steps of 64 thousand, so most arrays are refilled rather than replaced
        return reuse is { } r && r.Length >= size ? r : new ulong[size];
    }

    /// <summary>The offence id of the crime with this hash, or null when no street file had it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int? Find(ulong hash)
    {
        var target = hash & HashMask;
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var key = _entries[mid] & HashMask;
            if (key < target) lo = mid + 1;
            else if (key > target) hi = mid - 1;
            else return (int)(_entries[mid] & 0xFFFF);
        }
        return null;
    }
}
