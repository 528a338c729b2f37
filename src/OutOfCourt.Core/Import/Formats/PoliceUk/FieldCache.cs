using System.Runtime.CompilerServices;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Resolves a field's bytes to a reference value, remembering each distinct spelling, so the millions of rows of a
/// file cost a dictionary probe each and no string.
/// </summary>
internal sealed class FieldCache<T>(Func<string, T?> resolve) where T : class
{
    private readonly Dictionary<ulong, (byte[] Bytes, T? Value)> _known = new();
    private byte[] _lastBytes = new byte[256];
    private int _lastLength = -1;
    private T? _last;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T? Get(ReadOnlySpan<byte> utf8)
    {
        // Most columns repeat the row above (one force per file): skip the dictionary then.
        if (_last is not null && utf8.SequenceEqual(_lastBytes.AsSpan(0, _lastLength))) return _last;
        var hash = CrimeTypeIndex.Hash(utf8);
        T? value;
        if (_known.TryGetValue(hash, out var known) && utf8.SequenceEqual(known.Bytes)) value = known.Value;
        else
        {
            value = resolve(System.Text.Encoding.UTF8.GetString(utf8));
            _known[hash] = (utf8.ToArray(), value);
        }
        if (value is not null && utf8.Length <= _lastBytes.Length)
        {
            _last = value;
            utf8.CopyTo(_lastBytes);
            _lastLength = utf8.Length;
        }
        return value;
    }
}
