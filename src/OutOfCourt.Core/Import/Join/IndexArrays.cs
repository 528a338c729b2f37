namespace OutOfCourt.Core.Import;

/// <summary>
/// The arrays of crime indexes done with, for the next to refill: as many as are in use at once (a wave's forces,
/// or a partition per core). One too small for the next index is dropped rather than kept beside its successor.
/// </summary>
internal sealed class IndexArrays
{
    private readonly Stack<ulong[]> _spare = new();

    public ulong[]? Take()
    {
        lock (_spare) return _spare.TryPop(out var a) ? a : null;
    }

    public void Give(ulong[] entries)
    {
        if (entries.Length == 0) return;
        lock (_spare) _spare.Push(entries);
    }
}
