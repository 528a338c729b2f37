using System.Collections.Concurrent;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// Grouped query answers kept between requests, keyed by their SQL and valid for one <see cref="Data.DataVersion"/>: every file an
/// import lands bumps the version in the same transaction, so a cached answer can never outlive the data it came
/// from. National questions (every force page asks for the national share) scan the whole year; this makes them
/// one scan per import instead of one per request. Bounded: cleared when it grows past <see cref="MaxEntries"/>.
/// </summary>
public sealed class QueryCache
{
    private const int MaxEntries = 2000;
    private readonly ConcurrentDictionary<string, object> _entries = new();
    private long _version = -1;

    internal bool TryGet<T>(long version, string sql, out T value) where T : class
    {
        if (Interlocked.Read(ref _version) != version)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _version, version);
        }
        if (_entries.TryGetValue(sql, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Forgets every answer (the benchmark uses it to measure queries cold).</summary>
    public void Clear() => _entries.Clear();

    internal void Set<T>(long version, string sql, T value) where T : class
    {
        if (Interlocked.Read(ref _version) != version) return;
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[sql] = value;
    }
}
