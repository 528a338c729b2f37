using System.Diagnostics;
using System.Globalization;

/// <summary>
/// `workbook XLSX [--cli PATH]`: one Home Office outcomes workbook (generate one of real size with
/// `outofcourt-generate --scale 1.0 --years 1 --home-office-format xlsx`) imported by our CLI, against Python's openpyxl
/// in read-only mode (Debian python3-openpyxl, what existing pipelines use) summing the same table's closed-basis
/// counts. One run each: seconds and peak memory. Figures: docs/performance.md, "Workbooks".
/// </summary>
internal static class WorkbookBenchmark
{
    // Finds the data sheet by its header in the first 20 rows, as our importer does, and sums the last column.
    private const string OpenpyxlScript = """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
        total = rows = 0
        for ws in wb.worksheets:
            it = ws.iter_rows(values_only=True)
            found = False
            for i, row in zip(range(20), it):
                if row and "Force Name" in [str(c).strip() for c in row if c is not None]:
                    found = True
                    break
            if not found:
                continue
            for row in it:
                rows += 1
                v = row[12]
                if isinstance(v, (int, float)):
                    total += v
            break
        print(rows, total)
        """;

    public static async Task<int> RunAsync(string workbook, string? cli)
    {
        var work = Directory.CreateTempSubdirectory("outofcourt-workbook-").FullName;
        try
        {
            cli ??= await OurCli.PublishAsync(Path.Combine(work, "cli"));
            var ours = await OurCli.ImportAsync(cli, Path.Combine(work, "wb.db"), [workbook]);
            var script = Path.Combine(work, "sum.py");
            await File.WriteAllTextAsync(script, OpenpyxlScript);
            var (seconds, peak, output, error) = await Measured.RunAsync(new ProcessStartInfo("/usr/bin/python3", [script, workbook]));
            if (output.Trim().Length == 0) throw new InvalidOperationException($"openpyxl printed nothing:\n{error}");
            var mb = new FileInfo(workbook).Length / 1e6;
            Console.WriteLine($"workbook: {workbook} ({mb:N1} MB), {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
            Console.WriteLine($"{"reader",-36} {"rows",10} {"seconds",8} {"peak RSS MB",12}");
            Console.WriteLine($"{"outofcourt import (native CLI)",-36} {ours.Rows,10:N0} {ours.ProcessSeconds,8:N2} {ours.PeakBytes / 1e6,12:N0}");
            var openpyxlRows = long.Parse(output.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            Console.WriteLine($"{"python3 openpyxl read-only, sum",-36} {openpyxlRows,10:N0} {seconds,8:N2} {peak / 1e6,12:N0}");
            Console.WriteLine($"ours is {seconds / ours.ProcessSeconds:N1}x faster; openpyxl's sum of the closed basis: {output.Trim().Split(' ')[1]}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { }
        }
    }
}
