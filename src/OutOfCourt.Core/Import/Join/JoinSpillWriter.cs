namespace OutOfCourt.Core.Import;

/// <summary>
/// One parser's buffers for a <see cref="JoinSpill"/>: a few hundred entries per partition, written out when full,
/// so the parsers on every core do not take the file's lock for each row.
/// </summary>
internal sealed class JoinSpillWriter<T> : IDisposable where T : struct
{
    private const int PerPartition = 512;
    private static readonly System.Buffers.ArrayPool<T> Pool = ImportPools.Create<T>();
    private readonly T[][] _buffers;
    private readonly int[] _counts;
    private readonly Action<int, ReadOnlySpan<T>> _flush;

    public JoinSpillWriter(int partitions, Action<int, ReadOnlySpan<T>> flush)
    {
        _buffers = new T[partitions][];
        _counts = new int[partitions];
        _flush = flush;
    }

    public void Add(int partition, T item)
    {
        var buffer = _buffers[partition] ??= Pool.Rent(PerPartition);
        buffer[_counts[partition]++] = item;
        if (_counts[partition] == PerPartition) Flush(partition);
    }

    private void Flush(int partition)
    {
        if (_counts[partition] == 0) return;
        _flush(partition, _buffers[partition].AsSpan(0, _counts[partition]));
        _counts[partition] = 0;
    }

    /// <summary>Writes what is buffered; called once the parse is done (not on failure: a failed join is thrown away whole).</summary>
    public void Complete()
    {
        for (var p = 0; p < _buffers.Length; p++) Flush(p);
    }

    public void Dispose()
    {
        foreach (var buffer in _buffers)
            if (buffer is not null) Pool.Return(buffer);
    }
}
