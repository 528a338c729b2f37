using System.Diagnostics;
using System.Globalization;
using OutOfCourt.DataGenerator;

/// <summary>
/// The national-scale benchmark (issue 5): generated data in the real formats, for one month, one year and ten
/// years of the whole country; our import against `sqlite3 .import` and `sqlite-utils insert --csv` on the same
/// files, each followed by the GROUP BY that answers the overview page; then the latency of every page and API
/// query on the imported database, cold and warm; then `wrk` against the overview and a force page.
/// Usage: dotnet run --project tests/OutOfCourt.Benchmarks -c Release -- national [--scale 1] [--sizes month,year,decade]
///        [--work DIR] [--peers sqlite3,sqlite-utils] [--sqlite-utils-max-rows N] [--cold-runs N] [--warm-runs N] [--wrk-seconds N]
///        [--cli PATH (the outofcourt build to measure; default: the one built beside this benchmark)]
/// Figures and their reading: docs/performance.md.
/// </summary>
internal static class NationalBenchmark
{
    private static readonly Dictionary<string, int> Months = new() { ["month"] = 1, ["year"] = 12, ["decade"] = 120 };

    public static async Task<int> RunAsync(Options o)
    {
        var scale = o.Double("--scale", 1.0);
        var sizes = o.Text("--sizes", "month,year,decade").Split(',');
        var work = o.Text("--work", Path.Combine(Path.GetTempPath(), "outofcourt-national"));
        var peers = o.Text("--peers", "sqlite3,sqlite-utils").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var sqliteUtilsMax = o.Int("--sqlite-utils-max-rows", 12_000_000);
        var (coldRuns, warmRuns, wrkSeconds) = (o.Int("--cold-runs", 20), o.Int("--warm-runs", 200), o.Int("--wrk-seconds", 10));
        // A month's import takes about a second, so one hiccup of the machine moves its ratios by half: each tool
        // runs this many times on a month and its median run is reported. A year or ten take minutes; once is enough.
        var monthRuns = o.Int("--month-runs", 5);
        if (monthRuns < 1) throw new ArgumentException($"--month-runs {monthRuns}: give 1 or more");
        // A wrong or missing tool is said before an hour of work, not after it.
        foreach (var peer in peers.Where(p => p is not ("sqlite3" or "sqlite-utils")))
            throw new ArgumentException($"unknown peer '{peer}'; peers are sqlite3, sqlite-utils");
        foreach (var tool in peers.Append(wrkSeconds > 0 ? "wrk" : null).OfType<string>())
            if (!OnPath(tool))
                throw new ArgumentException($"'{tool}' is not installed: apt-get install {tool} (Debian), or leave it out " +
                                            (tool == "wrk" ? "with --wrk-seconds 0" : "with --peers"));
        Directory.CreateDirectory(work);
        // The build the README has researchers publish for large imports (native) is the one compared with the peers;
        // the ReadyToRun publish it replaced and the `dotnet build` output are timed beside it. `--cli PATH` measures
        // that build alone.
        var builds = o.Text("--cli", "") is { Length: > 0 } given
            ? [("outofcourt import", OurCli.Checked(given))]
            : new List<(string Name, string Path)>
            {
                ("outofcourt import, native (README)", await OurCli.PublishAsync(Path.Combine(work, "cli"))),
                ("outofcourt import, ReadyToRun publish", await OurCli.PublishAsync(Path.Combine(work, "cli-r2r"), readyToRun: true)),
                ("outofcourt import, dotnet build", OurCli.BuiltBeside()),
            };

        Console.WriteLine($"national benchmark: scale {scale}, sizes {string.Join(",", sizes)}; {Machine.Describe()}");
        foreach (var (name, path) in builds) Console.WriteLine($"{name}: {path}");
        foreach (var size in sizes)
        {
            if (!Months.TryGetValue(size, out var months)) throw new ArgumentException($"unknown size '{size}'; sizes are {string.Join(", ", Months.Keys)}");
            var folder = Path.Combine(work, $"{size}-scale{scale.ToString(CultureInfo.InvariantCulture)}");
            var generated = Generate(folder, months, scale);
            var police = Directory.GetDirectories(folder).Where(d => Path.GetFileName(d).Length == 7).Order(StringComparer.Ordinal).ToArray();
            var street = police.SelectMany(d => Directory.GetFiles(d, "*-street.csv")).Order(StringComparer.Ordinal).ToList();
            var outcomes = police.SelectMany(d => Directory.GetFiles(d, "*-outcomes.csv")).Order(StringComparer.Ordinal).ToList();
            var bytes = street.Concat(outcomes).Sum(f => new FileInfo(f).Length);
            var rows = generated.StreetRows + generated.OutcomeRows;
            Console.WriteLine();
            Console.WriteLine($"== {size}: {PoliceUkGenerator.MonthText(generated.First)} to {PoliceUkGenerator.MonthText(generated.Last)}, " +
                              $"{generated.StreetRows:N0} street rows + {generated.OutcomeRows:N0} outcome rows in {street.Count + outcomes.Count:N0} files " +
                              $"({bytes / 1e6:N0} MB); {generated.HomeOfficeRows:N0} Home Office rows");
            var runs = size == "month" ? monthRuns : 1;
            Console.WriteLine($"{"import (same data.police.uk files)",-44} {"seconds",9} {"rows/s",11} {"MB/s",7} {"peak RSS MB",12} {"db MB",8} {"vs ours",8}"
                +
                              (runs > 1 ? $"  (median of {runs} runs each)" : ""));

            var db = Path.Combine(work, $"{size}.db");
            Sqlite.Delete(db);
            var all = street.Concat(outcomes).ToList();
            OurCli.Imported? ours = null;
            foreach (var (name, cli) in builds)
            {
                // The first build's database is kept for the latency runs; the others import into a scratch one.
                var into = ours is null ? db : Path.Combine(work, $"{size}-scratch.db");
                var run = await MedianAsync(runs, async () =>
                {
                    Sqlite.Delete(into);
                    PageCache.Warm(all);
                    await PageCache.SettleAsync();
                    return await OurCli.ImportAsync(cli, into, police);
                }, r => r.ProcessSeconds);
                if (run.Rows != rows) throw new InvalidOperationException($"outofcourt read {run.Rows:N0} rows; the generator wrote {rows:N0}");
                // The whole command, as the peers are timed: start-up and creating the database included.
                Row(name, run.ProcessSeconds, rows, bytes, run.PeakBytes, run.DatabaseBytes, ours is null ? null : run.ProcessSeconds / ours.ProcessSeconds,
                    $"  (start-up and new database {run.StartSeconds:N2} s, import {run.Seconds:N2} s)");
                if (ours is not null) Sqlite.Delete(into);
                ours ??= run;
            }
            if (Directory.Exists(Path.Combine(folder, "home-office")))
            {
                var ho = await OurCli.ImportAsync(builds[0].Path, db, [Path.Combine(folder, "home-office")]);
                Row($"outofcourt import, Home Office files", ho.ProcessSeconds, generated.HomeOfficeRows, ho.Bytes, ho.PeakBytes, ho.DatabaseBytes, null,
                    $"  (start-up {ho.StartSeconds:N2} s, import {ho.Seconds:N2} s)");
            }
            foreach (var peer in peers)
            {
                if (peer == "sqlite-utils" && rows > sqliteUtilsMax)
                {
                    Console.WriteLine($"{"sqlite-utils insert --csv + GROUP BY",-44} not run: {rows:N0} rows is more than --sqlite-utils-max-rows " +
                        $"{sqliteUtilsMax:N0}");
                    continue;
                }
                var result = await MedianAsync(runs, async () =>
                {
                    PageCache.Warm(all);
                    await PageCache.SettleAsync();
                    return await Peers.RunAsync(peer, Path.Combine(work, $"{size}-{peer}.db"), street, outcomes);
                }, r => r.Seconds);
                Row($"{Peers.Describe(peer)} + GROUP BY", result.Seconds, rows, bytes, result.PeakBytes, result.DatabaseBytes,
                    result.Seconds / ours!.ProcessSeconds,
                    $"  (import {result.ImportSeconds:N1} s, GROUP BY {result.QuerySeconds:N1} s)");
            }

            if (size != "month")
            {
                await PageCache.SettleAsync();
                await QueryLatency.RunAsync(db, coldRuns, warmRuns);
                await PageCache.SettleAsync();
                if (wrkSeconds > 0) await Throughput.RunAsync(db, wrkSeconds);
            }
            Sqlite.Delete(db);
        }
        return 0;
    }

    /// <summary>Runs a measurement the given number of times and returns the run of median time.</summary>
    private static async Task<T> MedianAsync<T>(int runs, Func<Task<T>> measure, Func<T, double> seconds)
    {
        var all = new List<T>();
        for (var i = 0; i < runs; i++) all.Add(await measure());
        return all.OrderBy(seconds).ElementAt(all.Count / 2);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static void Row(string name, double seconds, long rows, long bytes, long peak, long dbBytes, double? ratio, string note = "") =>
        Console.WriteLine($"{name,-44} {seconds,9:N1} {rows / seconds,11:N0} {bytes / 1e6 / seconds,7:N1} {peak / 1e6,12:N0} {dbBytes / 1e6,8:N0} " +
                          $"{(ratio is { } r ? $"{r:N1}x" : "-"),8}{note}");

    /// <summary>Generates the size's files once; a marker file with the parameters lets later runs reuse them.</summary>
    private static Generated Generate(string folder, int months, double scale)
    {
        var marker = Path.Combine(folder, "generated.txt");
        var options = GeneratorCommand.Parse(["--out", folder, "--scale", scale.ToString(CultureInfo.InvariantCulture), "--months",
            months.ToString(CultureInfo.InvariantCulture)]);
        if (File.Exists(marker) && File.ReadAllText(marker).Split(' ') is [var s, var f, var l, var street, var outcomes,
            var ho] && s == $"{scale}|{options.Seed}")
            return new Generated(int.Parse(f, CultureInfo.InvariantCulture), int.Parse(l, CultureInfo.InvariantCulture), long.Parse(street,
                CultureInfo.InvariantCulture), long.Parse(outcomes, CultureInfo.InvariantCulture), long.Parse(ho, CultureInfo.InvariantCulture));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var clock = Stopwatch.StartNew();
        var written = NationalData.Generate(options);
        Console.WriteLine($"generated {folder} in {clock.Elapsed.TotalSeconds:N0} s");
        File.WriteAllText(marker,
            $"{scale}|{options.Seed} {options.FirstMonth} {options.LastMonth} {written.StreetRows} {written.OutcomeRows} {written.HomeOfficeRows}");
        return new Generated(options.FirstMonth, options.LastMonth, written.StreetRows, written.OutcomeRows, written.HomeOfficeRows);
    }

    private sealed record Generated(int First, int Last, long StreetRows, long OutcomeRows, long HomeOfficeRows);
}

/// <summary>
/// Reads the files once, so that every tool is timed reading them from the page cache: the first tool to run
/// would otherwise pay for the disk (the machine drops cold pages of its own accord), the others not.
/// </summary>
internal static class PageCache
{
    /// <summary>
    /// Waits until the writes of the tool before (a peer's database of up to 21 GB, its deletion) are on disk: the
    /// kernel writes them back in its own time, and a measurement started meanwhile shares the disk and a core with
    /// that write-back (ten years' cold query times doubled at p95 right after sqlite3).
    /// </summary>
    public static async Task SettleAsync()
    {
        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
        if (sync is not null) await sync.WaitForExitAsync();
    }

    public static void Warm(IEnumerable<string> files)
    {
        var buffer = new byte[1 << 20];
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            while (stream.Read(buffer) > 0) { }
        }
    }
}

internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name",
            StringComparison.Ordinal))?.Split(':')[1].Trim() : null;
        var memory = File.Exists("/proc/meminfo") ? long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) / 1024 / 1024 : 0;
        return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown cpu"}), {memory} GiB, {Environment.OSVersion}, .NET {Environment.Version}, " +
            $"{DateTime.UtcNow:yyyy-MM-dd}";
    }
}

internal static class Sqlite
{
    public static void Delete(string db)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
    }

    public static long Size(string db) => new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}

/// <summary>Runs a program, timing it and sampling its peak resident memory (VmHWM) until it exits.</summary>
internal static class Measured
{
    public static async Task<(double Seconds, long PeakBytes, string Output, string Error)> RunAsync(ProcessStartInfo psi, Func<Stream, Task>? stdin = null)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.RedirectStandardInput = stdin is not null;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, PeakOf(p.Id));
                try { await Task.Delay(50, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await stdin(p.StandardInput.BaseStream);
            p.StandardInput.Close();
        }
        await p.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)} failed ({p.ExitCode}): {await error}");
        return (seconds, peak, await output, await error);
    }

    private static long PeakOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }
}
