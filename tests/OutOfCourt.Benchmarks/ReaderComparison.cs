using System.Diagnostics;
using OutOfCourt.Core;
using OutOfCourt.Core.Import;

/// <summary>
/// `readers DIR [--rounds N]`: reads every data.police.uk street and outcomes file under DIR with the importer's
/// CsvSpanReader (CsvHelper's spans, trimmed) and with CsvHelper alone (its UTF-8 spans, and its strings), touching the
/// fields the importer reads, and prints the seconds and the megabytes allocated by each, rounds interleaved.
/// The figures behind the importer's reader: docs/performance.md.
/// </summary>
internal static class ReaderComparison
{
    private static readonly string[] StreetFields = ["Crime ID", "Month", "Reported by", "Crime type", "Last outcome category"];
    private static readonly string[] OutcomeFields = ["Crime ID", "Month", "Reported by", "Outcome type"];

    private delegate (long Rows, long Checksum) Reader(string path, string[] fields);

    public static int Run(string folder, int rounds)
    {
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Where(f => f.EndsWith("-street.csv", StringComparison.Ordinal) || f.EndsWith("-outcomes.csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"{files.Length} files, {files.Sum(f => new FileInfo(f).Length) / 1e6:N0} MB, {Environment.ProcessorCount} cores, .NET " +
            $"{Environment.Version}");
        (string Name, Reader Read)[] readers = [("CsvSpanReader", Ours), ("CsvHelper GetSpan", HelperSpans), ("CsvHelper GetString", HelperStrings)];
        foreach (var (_, read) in readers) read(files[0], Fields(files[0])); // compiled before timing
        Console.WriteLine($"{"round",5} {"reader",-20} {"seconds",8} {"allocated MB",13} {"rows",12} {"checksum",14}");
        for (var round = 1; round <= rounds; round++)
            foreach (var (name, read) in readers)
            {
                GC.Collect();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                long rows = 0, checksum = 0;
                foreach (var file in files)
                {
                    var (r, c) = read(file, Fields(file));
                    rows += r;
                    checksum += c;
                }
                var seconds = clock.Elapsed.TotalSeconds;
                var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
                Console.WriteLine($"{round,5} {name,-20} {seconds,8:N3} {megabytes,13:N1} {rows,12:N0} {checksum,14:N0}");
            }
        return 0;
    }

    private static string[] Fields(string path) => path.EndsWith("-street.csv", StringComparison.Ordinal) ? StreetFields : OutcomeFields;

    // Each reader sums the length and first byte or char of every field read, so none can skip the work.
    private static (long, long) Ours(string path, string[] fields)
    {
        using var csv = new CsvSpanReader(File.OpenRead(path));
        var columns = fields.Select(f => csv.Headers.ToList().IndexOf(f)).ToArray();
        long rows = 0, sum = 0;
        while (csv.Read())
        {
            rows++;
            foreach (var c in columns)
            {
                var s = csv.Field(c);
                sum += s.Length + (s.IsEmpty ? 0 : s[0]);
            }
        }
        return (rows, sum);
    }

    private static (long, long) HelperSpans(string path, string[] fields)
    {
        using var csv = Csv.Open(File.OpenRead(path));
        var columns = fields.Select(f => csv.GetFieldIndex(f)).ToArray();
        long rows = 0, sum = 0;
        while (csv.Read())
        {
            rows++;
            foreach (var c in columns)
            {
                var s = csv.GetSpan(c);
                sum += s.Length + (s.IsEmpty ? 0 : s[0]);
            }
        }
        return (rows, sum);
    }

    private static (long, long) HelperStrings(string path, string[] fields)
    {
        using var csv = Csv.Open(File.OpenRead(path));
        var columns = fields.Select(f => csv.GetFieldIndex(f)).ToArray();
        long rows = 0, sum = 0;
        while (csv.Read())
        {
            rows++;
            foreach (var c in columns)
            {
                var s = csv.GetString(c);
                sum += s.Length + (s.Length == 0 ? 0 : s[0]);
            }
        }
        return (rows, sum);
    }
}
