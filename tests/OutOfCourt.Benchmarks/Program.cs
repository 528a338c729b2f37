using System.Globalization;
using OutOfCourt.Core;

// Import benchmark: rows/s and peak memory (VmHWM) for the bundled real data, and for synthetic street files of
// growing size made by repeating the real Greater Manchester extract, each import a run of the `outofcourt` command
// line into a new database, so its start-up and peak memory are its own (OurCli.cs). Usage: dotnet run --project tests/OutOfCourt.Benchmarks -c Release --
// [--runs N] [--sizes 1,10,40] [--page-requests N]
// Then page latency (PageLatency.cs). The national-scale benchmark is `-- national ...` (NationalBenchmark.cs);
// `-- latency DB` measures every page and API query on a database already imported.
// Figures and their reading: docs/performance.md.

/// <summary>The benchmark's entry point (named, because the web app it measures already has a Program).</summary>
internal static class Benchmark
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "national")
        {
            try { return await NationalBenchmark.RunAsync(new Options(args[1..])); }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        }
        if (args.Length > 1 && args[0] == "workbook") // workbook XLSX [--cli PATH]: our import of a Home Office workbook against openpyxl
            return await WorkbookBenchmark.RunAsync(args[1], new Options(args[2..]).Text("--cli", "") is { Length: > 0 } c ? OurCli.Checked(c) : null);
        if (args.Length > 1 && args[0] == "readers") // readers DIR [--rounds N]: the importer's CSV reader against CsvHelper alone on a generated month
            return ReaderComparison.Run(args[1], new Options(args[2..]).Int("--rounds", 3));
        if (args.Length > 1
            && args[0] == "latency") // an existing database, e.g. kept from a national run: latency DB [--cold-runs N] [--warm-runs N] [--addresses /,/forces]
        {
            var o = new Options(args[2..]);
            await QueryLatency.RunAsync(args[1], o.Int("--cold-runs", 20), o.Int("--warm-runs", 200),
                o.Text("--addresses", "").Split(',', StringSplitOptions.RemoveEmptyEntries));
            return 0;
        }

        var runs = Option("--runs", 3);
        var pageRequests = Option("--page-requests", 200);
        var sizes = (OptionText("--sizes") ?? "1,10,40").Split(',').Select(int.Parse).ToArray();
        var work = Directory.CreateTempSubdirectory("outofcourt-bench-").FullName;
        try
        {
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
                $"{DateTime.UtcNow:yyyy-MM-dd}");
            Console.WriteLine($"{"input",-34} {"rows",10} {"MB",8} {"seconds",8} {"rows/s",10} {"MB/s",7} {"peak RSS MB",12} {"whole command s",16}");
            for (var i = 0; i < runs; i++) Report("bundled data (data/bundled.json)", await ImportAsync("--bundled"));
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
                for (var i = 0; i < runs; i++) Report($"street file, GM extract x{size}", await ImportAsync(path));
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

        async Task<OurCli.Imported> ImportAsync(string what)
        {
            var db = Path.Combine(work, "import.db");
            try
            {
                return await OurCli.ImportAsync(OurCli.BuiltBeside(), db, [what]);
            }
            finally
            {
                Sqlite.Delete(db);
            }
        }

        void Report(string name, OurCli.Imported r) =>
            Console.WriteLine($"{name,-34} {r.Rows,10:N0} {r.Bytes / 1e6,8:N1} {r.Seconds,8:N2} {r.Rows / r.Seconds,10:N0} {r.Bytes / 1e6 / r.Seconds,7:N1} " +
                              $"{r.PeakBytes / 1e6,12:N0} {r.ProcessSeconds,16:N2}");
    }
}

/// <summary>The benchmark's command-line options: "--name value".</summary>
internal sealed class Options(string[] args)
{
    public string Text(string name, string fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 ? (i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value")) : fallback;

    public int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    public double Double(string name, double fallback) => double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)),
        CultureInfo.InvariantCulture);
}
