using System.Diagnostics;
using System.Globalization;
using OutOfCourt.Core;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;
using Microsoft.EntityFrameworkCore;

// Import benchmark: rows/s and peak memory (VmHWM) for the bundled real data, and for synthetic street files of
// growing size made by repeating the real Greater Manchester extract, each import in a fresh process so its peak
// memory is its own. Usage: dotnet run --project tests/OutOfCourt.Benchmarks -c Release -- [--runs N] [--sizes 1,10,40] [--page-requests N]
// Then page latency (PageLatency.cs). The national-scale benchmark is `-- national ...` (NationalBenchmark.cs);
// `-- latency DB` measures every page and API query on a database already imported.
// Figures and their reading: docs/performance.md.

/// <summary>The benchmark's entry point (named, because the web app it measures already has a Program).</summary>
internal static class Benchmark
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--child") return await Child.RunAsync(args[1], args[2..]);
        if (Environment.GetEnvironmentVariable(Child.Marker) is not null) throw new InvalidOperationException("a benchmark child must be started with --child");
        if (args.Length > 0 && args[0] == "national")
        {
            try { return await NationalBenchmark.RunAsync(new Options(args[1..])); }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        }
        if (args.Length > 1 && args[0] == "latency") // an existing database, e.g. kept from a national run: latency [DB] [--cold-runs N] [--warm-runs N]
        {
            var o = new Options(args[2..]);
            await QueryLatency.RunAsync(args[1], o.Int("--cold-runs", 20), o.Int("--warm-runs", 200));
            return 0;
        }

        var runs = Option("--runs", 3);
        var pageRequests = Option("--page-requests", 200);
        var sizes = (OptionText("--sizes") ?? "1,10,40").Split(',').Select(int.Parse).ToArray();
        var work = Directory.CreateTempSubdirectory("outofcourt-bench-").FullName;
        try
        {
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
            Console.WriteLine($"{"input",-34} {"rows",10} {"MB",8} {"seconds",8} {"rows/s",10} {"MB/s",7} {"peak RSS MB",12}");
            for (var i = 0; i < runs; i++) Report("bundled data (data/bundled.json)", await Spawn("bundled", null));
            var gm = File.ReadAllLines(Path.Combine(DataDirectory.Locate(), "police-uk", "greater-manchester", "2016-12-greater-manchester-street.csv"));
            foreach (var size in sizes)
            {
                var path = Path.Combine(work, $"street-x{size}.csv");
                await using (var w = new StreamWriter(path))
                {
                    await w.WriteLineAsync(gm[0]);
                    for (var copy = 0; copy < size; copy++)
                        foreach (var line in gm.Skip(1)) await w.WriteLineAsync(line.Length > 64 && line[0] != ',' ? $"{copy:x8}{line[8..]}" : line);
                }
                for (var i = 0; i < runs; i++) Report($"street file, GM extract x{size}", await Spawn("file", path));
            }
            await PageLatency.RunAsync(pageRequests);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        int Option(string name, int fallback) => OptionText(name) is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : fallback;
        string? OptionText(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

        Task<string> Spawn(string mode, string? path) => Child.SpawnAsync(path is null ? [mode] : [mode, path]);

        void Report(string name, string childLine)
        {
            var f = childLine.Split(' ');
            var (rows, bytes, seconds, peak) = (long.Parse(f[0]), long.Parse(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3]));
            Console.WriteLine($"{name,-34} {rows,10:N0} {bytes / 1e6,8:N1} {seconds,8:N2} {rows / seconds,10:N0} {bytes / 1e6 / seconds,7:N1} {peak / 1e6,12:N0}");
        }
    }
}

internal static class Child
{
    public const string Marker = "OUTOFCOURT_BENCHMARK_CHILD";

    /// <summary>Starts this program again as a child (`--child ARGS`), so an import's peak memory is its own; returns what it printed.</summary>
    public static async Task<string> SpawnAsync(IReadOnlyList<string> args) => (await SpawnTimedAsync(args)).Output;

    /// <summary>As <see cref="SpawnAsync"/>, with the child's whole run time: start-up, opening the database, the work, exit.</summary>
    public static async Task<(string Output, double Seconds)> SpawnTimedAsync(IReadOnlyList<string> args)
    {
        // Run as `dotnet x.dll` or as the app host: only the former needs the dll named.
        var host = Environment.ProcessPath!;
        var childArgs = new List<string> { "--child" };
        childArgs.AddRange(args);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") childArgs.Insert(0, typeof(Child).Assembly.Location);
        var psi = new ProcessStartInfo(host, childArgs);
        psi.Environment[Marker] = "1";
        var (seconds, _, output) = await Measured.RunAsync(psi);
        return (output.Trim(), seconds);
    }

    /// <summary>An import: <see cref="Seconds"/> is the import itself, <see cref="ProcessSeconds"/> the whole command as a user waits for it.</summary>
    public sealed record Imported(long Rows, long Bytes, double Seconds, long PeakBytes, long DatabaseBytes, double ProcessSeconds);

    /// <summary>Imports the paths into the database in a child process and keeps the database.</summary>
    public static async Task<Imported> ImportAsync(string database, IEnumerable<string> paths)
    {
        var (output, processSeconds) = await SpawnTimedAsync(["import", database, .. paths]);
        var f = output.Split('\n')[^1].Split(' ');
        return new Imported(long.Parse(f[0]), long.Parse(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3]), long.Parse(f[4]), processSeconds);
    }

    /// <summary>One import in this process; prints "rows bytes seconds peakRssBytes databaseBytes".</summary>
    public static async Task<int> RunAsync(string mode, string[] args)
    {
        var keep = mode == "import";
        var db = keep ? args[0] : Path.Combine(Path.GetTempPath(), $"outofcourt-bench-{Guid.NewGuid():N}.db");
        try
        {
            var refs = await OutOfCourtSetup.PrepareAsync(db, DataDirectory.Locate(), loadBundled: false);
            await using var context = OutOfCourtDatabase.Create(db);
            var clock = Stopwatch.StartNew();
            using var sampler = Environment.GetEnvironmentVariable("OUTOFCOURT_MEMORY_DIAG") == "trace"
                ? new Timer(_ => Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds:F0}s rss {Environment.WorkingSet / 1e6:F0} MB, gc committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1e6:F0} MB, allocated {GC.GetTotalMemory(false) / 1e6:F0} MB"), null, 1000, 1000)
                : null;
            var run = mode switch
            {
                "bundled" => await BundledData.LoadAsync(context, refs, DataDirectory.Locate()),
                "file" => await new Importer(context, refs).ImportAsync([args[0]], new ImportOptions()),
                _ => await new Importer(context, refs).ImportAsync(args[1..], new ImportOptions()),
            };
            var seconds = clock.Elapsed.TotalSeconds;
            if (!run.Succeeded) { Console.Error.WriteLine(string.Join("; ", run.Files.Where(f => f.Status == FileStatus.Rejected).Select(f => $"{f.File}: {f.Message}"))); return 1; }
            await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            if (Environment.GetEnvironmentVariable("OUTOFCOURT_MEMORY_DIAG") is not null) // where an import's memory went (docs/performance.md)
            {
                var gc = GC.GetGCMemoryInfo();
                Console.Error.WriteLine($"sqlite highwater {SQLitePCL.raw.sqlite3_memory_highwater(0) / 1e6:F1} MB, sqlite now {SQLitePCL.raw.sqlite3_memory_used() / 1e6:F1} MB, " +
                    $"gc heap {gc.HeapSizeBytes / 1e6:F1} MB, committed {gc.TotalCommittedBytes / 1e6:F1} MB, frag {gc.FragmentedBytes / 1e6:F1} MB, " +
                    $"promoted {gc.PromotedBytes / 1e6:F1}, threads {Process.GetCurrentProcess().Threads.Count}, rss {Environment.WorkingSet / 1e6:F1} MB");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Files.Sum(f => f.RowsRead)} {run.Files.Sum(f => f.Bytes)} {seconds:F3} {PeakRss()} {new FileInfo(db).Length}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep) foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    /// <summary>The process's peak resident set (VmHWM), the figure the issue's memory target is about.</summary>
    private static long PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}

/// <summary>The benchmark's command-line options: "--name value".</summary>
internal sealed class Options(string[] args)
{
    public string Text(string name, string fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 ? (i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value")) : fallback;

    public int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    public double Double(string name, double fallback) => double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
