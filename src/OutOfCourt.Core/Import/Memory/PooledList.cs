using System.Buffers;

namespace OutOfCourt.Core.Import;

/// <summary>
/// A growable list on arrays borrowed from <see cref="ImportPools"/> and given back on Dispose: file after file of
/// crimes reuses the same few arrays instead of leaving large ones for the garbage collector, which keeps memory flat.
/// </summary>
internal sealed class PooledList<T> : IDisposable where T : struct
{
    private static readonly ArrayPool<T> Pool = ImportPools.Create<T>();
    private T[] _items = Pool.Rent(1024);

    public int Count { get; private set; }
    public Span<T> Span => _items.AsSpan(0, Count);

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var bigger = Pool.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            Pool.Return(_items);
            _items = bigger;
        }
        _items[Count++] = item;
    }

    public void Dispose()
    {
        if (_items.Length == 0) return;
        Pool.Return(_items);
        _items = [];
        Count = 0;
    }
}
