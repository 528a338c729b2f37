using System.Diagnostics;
using OutOfCourt.Core.Fetch;

namespace OutOfCourt.Cli;

/// <summary>
/// Download progress on standard error: a redrawn bar (bytes, percent, rate) on a terminal, plain lines when the output
/// goes to a file or a pipe (a scheduled job's log), one when a download starts and one when it is checked.
/// </summary>
internal sealed class FetchProgress(TextWriter error, bool interactive) : IFetchProgress
{
    private readonly Stopwatch _clock = new();
    private long _lastDraw;
    private long _startedAt;

    public void DownloadStarted(FetchItem item, long resumedFrom, long? total)
    {
        _clock.Restart();
        _lastDraw = 0;
        _startedAt = resumedFrom;
        var size = total is { } t ? $"{Mb(t)}" : "size not given";
        error.WriteLine(resumedFrom > 0
            ? $"resuming {item.Address} at {Mb(resumedFrom)} of {size}"
            : $"downloading {item.Address} ({size})");
    }

    public void BytesReceived(FetchItem item, long received, long? total)
    {
        if (!interactive || _clock.ElapsedMilliseconds - _lastDraw < 200) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        const int width = 30;
        var fraction = total is > 0 ? Math.Min(1.0, (double)received / total.Value) : 0;
        var filled = (int)(fraction * width);
        var percent = total is > 0 ? $"{fraction,4:P0}" : "   ?";
        var bar = $"[{new string('#', filled)}{new string('.', width - filled)}]";
        error.Write($"\r{bar} {percent} {Mb(received),10} {Rate(received),12}  {item.FileName}".PadRight(100));
    }

    public void DownloadFinished(FetchItem item, DownloadedFile file, bool fromCache)
    {
        if (interactive && !fromCache) error.Write("\r" + new string(' ', 100) + "\r");
        error.WriteLine(fromCache
            ? $"in the cache {file.Path} ({Mb(file.Length)}), SHA-256 {file.Sha256}"
            : $"downloaded {file.Path} ({Mb(file.Length)} in {_clock.Elapsed.TotalSeconds:N1} s, {Rate(file.Length)}), SHA-256 {file.Sha256}");
    }

    private string Rate(long received) => $"{(received - _startedAt) / 1e6 / Math.Max(0.001, _clock.Elapsed.TotalSeconds):N1} MB/s";

    private static string Mb(long bytes) => bytes < 100_000 ? $"{bytes:N0} bytes" : $"{bytes / 1e6:N1} MB";
}
