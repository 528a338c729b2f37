using System.Diagnostics;
using OutOfCourt.Core.Import;

namespace OutOfCourt.Cli;

/// <summary>
/// Import progress on standard error: a redrawn bar (rows, MB/s, percent of bytes) on a terminal, plain log lines
/// when the output goes to a file or a pipe, so logs stay readable.
/// </summary>
internal sealed class ConsoleProgress(TextWriter error, bool interactive) : IImportProgress
{
    private readonly Stopwatch _clock = new();
    private long _lastDraw;

    public void FileStarted(ImportSource source, FileFormat format)
    {
        _clock.Restart();
        _lastDraw = 0;
        if (!interactive) error.WriteLine($"importing {source.DisplayName} ({format.Name}, {source.Length / 1e6:N1} MB)");
    }

    public void RowsRead(ImportSource source, long rows, long bytes)
    {
        if (!interactive || _clock.ElapsedMilliseconds - _lastDraw < 200) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        var fraction = source.Length > 0 ? Math.Min(1.0, (double)bytes / source.Length) : 0;
        var width = 30;
        var filled = (int)(fraction * width);
        var mbps = bytes / 1e6 / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var name = Path.GetFileName(source.DisplayName);
        error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {fraction,4:P0} {rows,12:N0} rows {mbps,7:N1} MB/s  {name}".PadRight(110));
    }

    public void FileFinished(FileImportResult r)
    {
        if (interactive) error.Write("\r" + new string(' ', 110) + "\r");
        var status = r.Status.ToString().ToLowerInvariant();
        var detail = r.Status switch
        {
            FileStatus.Imported => $"{r.RowsRead:N0} rows read, {r.RowsAggregated:N0} aggregated into {r.FactsWritten:N0} cells, " +
                                   $"{r.RowsRejected:N0} rejected" +
                                   (r.RowsExcludedByRule > 0 ? $", {r.RowsExcludedByRule:N0} left out by rule (outcome 0, 1a/2a/3a)" : "") +
                                   (r.JoinRate is { } rate ? $", crime type joined for {r.RowsJoined:N0} ({rate:P1})" : "") +
                                   (r.NegativeCounts > 0 ? $", {r.NegativeCounts:N0} negative counts kept" : "") +
                                   $" into {r.DatasetKey} in {r.Elapsed.TotalSeconds:N2} s",
            _ => "",
        };
        error.WriteLine($"{status,-9} {r.File}: {string.Join("; ", new[] { detail, ImportMessages.Of(r) }.Where(s => s.Length > 0))}");
        foreach (var note in r.Notes) error.WriteLine($"  note: {note}");
        foreach (var p in r.Problems) error.WriteLine($"  {p}");
        if (r.ProblemCount > r.Problems.Count) error.WriteLine($"  ... and {r.ProblemCount - r.Problems.Count:N0} more problem(s)");
    }
}
