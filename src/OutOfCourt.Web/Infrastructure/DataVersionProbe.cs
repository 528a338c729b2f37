using OutOfCourt.Core.Data;

namespace OutOfCourt.Web.Infrastructure;

/// <summary>
/// The <see cref="DataVersion"/>, read from the database at most once a second: a cached page is served without
/// touching the database, and an import shows within a second.
/// </summary>
public sealed class DataVersionProbe(AppData data)
{
    private static readonly long Interval = System.Diagnostics.Stopwatch.Frequency;
    private long _readAt; // 0: never read
    private long _version;

    public async ValueTask<long> CurrentAsync(CancellationToken ct)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var readAt = Interlocked.Read(ref _readAt);
        if (readAt != 0 && now - readAt < Interval) return Interlocked.Read(ref _version);
        var version = await DataVersion.ReadAsync(data.DatabasePath, ct);
        Interlocked.Exchange(ref _version, version);
        Interlocked.Exchange(ref _readAt, now);
        return version;
    }
}
