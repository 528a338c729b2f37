namespace OutOfCourt.DataGenerator;

/// <summary>
/// A tiny, fast, seedable random stream (SplitMix64). Every crime gets its own stream, seeded from the run's seed,
/// its force, its month and its number, so any crime can be regenerated without keeping it in memory and the output
/// is identical whatever the thread count.
/// </summary>
public struct SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public int NextInt(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    public static ulong Seed(params ReadOnlySpan<long> parts)
    {
        var mix = new SplitMix(0x5EED);
        var h = 0UL;
        foreach (var p in parts) { mix._state ^= (ulong)p; h ^= mix.Next(); }
        return h;
    }
}
