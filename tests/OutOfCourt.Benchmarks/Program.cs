using System.Diagnostics;
using System.Globalization;
using OutOfCourt.Core;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;

// Import benchmark: rows/s and peak memory (VmHWM) for the bundled real data, and for synthetic street files of
// growing size made by repeating the real Greater Manchester extract, each import in a fresh process so its peak
// memory is its own. Usage: dotnet run --project tests/OutOfCourt.Benchmarks -c Release -- [--runs N] [--sizes 1,10,40] [--page-requests N]
// Then page latency (PageLatency.cs). Figures and their reading: docs/performance.md.

/// <summary>The benchmark's entry point (named, because the web app it measures already has a Program).</summary>
internal static class Benchmark
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "--child") return await Child.RunAsync(args[1], args.Length > 2 ? args[2] : null);
        if (Environment.GetEnvironmentVariable(Child.Marker) is not null) throw new InvalidOperationException("a benchmark child must be started with --child");

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

        async Task<string> Spawn(string mode, string? path)
        {
            // Run as `dotnet x.dll` or as the app host: only the former needs the dll named.
            var host = Environment.ProcessPath!;
            var childArgs = new List<string> { "--child", mode };
            if (path is not null) childArgs.Add(path);
            if (Path.GetFileNameWithoutExtension(host) == "dotnet") childArgs.Insert(0, typeof(Child).Assembly.Location);
            var psi = new ProcessStartInfo(host, childArgs) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment[Child.Marker] = "1";
            using var p = Process.Start(psi)!;
            var output = await p.StandardOutput.ReadToEndAsync();
            var error = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0) throw new InvalidOperationException($"benchmark child failed: {error}");
            return output.Trim();
        }

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

    /// <summary>One import in this process; prints "rows bytes seconds peakRssBytes".</summary>
    public static async Task<int> RunAsync(string mode, string? path)
    {
        var db = Path.Combine(Path.GetTempPath(), $"outofcourt-bench-{Guid.NewGuid():N}.db");
        try
        {
            var refs = await OutOfCourtSetup.PrepareAsync(db, DataDirectory.Locate(), loadBundled: false);
            await using var context = OutOfCourtDatabase.Create(db);
            var clock = Stopwatch.StartNew();
            var run = mode == "bundled"
                ? await BundledData.LoadAsync(context, refs, DataDirectory.Locate())
                : await new Importer(context, refs).ImportAsync([path!], new ImportOptions());
            var seconds = clock.Elapsed.TotalSeconds;
            if (!run.Succeeded) { Console.Error.WriteLine(string.Join("; ", run.Files.Select(f => f.Message))); return 1; }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Files.Sum(f => f.RowsRead)} {run.Files.Sum(f => f.Bytes)} {seconds:F3} {PeakRss()}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    /// <summary>The process's peak resident set (VmHWM), the figure the issue's memory target is about.</summary>
    private static long PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
