using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Our import as a user runs it: the `outofcourt` command line in a process of its own, timed from start to exit
/// (start-up, creating or opening the database, the import), as the peers are. By default the build beside this
/// benchmark (src/OutOfCourt.Cli/bin/CONFIGURATION); `--cli PATH` measures another, e.g. a published one.
/// </summary>
internal static partial class OurCli
{
    private static string? _path;

    /// <summary>The outofcourt.dll (run with dotnet) or executable to measure.</summary>
    public static string Path
    {
        get => _path ??= BuiltBeside();
        set => _path = File.Exists(value) ? System.IO.Path.GetFullPath(value) : throw new ArgumentException($"--cli {value}: no such file");
    }

    /// <summary>One import: the CLI's own figures from its summary line, and the whole command's time.</summary>
    public sealed record Imported(long Rows, long Bytes, double Seconds, long PeakBytes, long DatabaseBytes, double ProcessSeconds)
    {
        public double StartSeconds => ProcessSeconds - Seconds;
    }

    /// <summary>Runs `outofcourt import --db DATABASE ARGS...` and reads its summary line.</summary>
    public static async Task<Imported> ImportAsync(string database, IEnumerable<string> args)
    {
        var psi = Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet", [Path, "import", "--db", database, .. args])
            : new ProcessStartInfo(Path, ["import", "--db", database, .. args]);
        var (seconds, sampledPeak, _, error) = await Measured.RunAsync(psi);
        var summary = Summary().Match(error);
        if (!summary.Success) throw new InvalidOperationException($"outofcourt printed no summary line:\n{error}");
        long Number(string group) => long.Parse(summary.Groups[group].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var bytes = (long)(double.Parse(summary.Groups["mb"].Value, NumberStyles.Number, CultureInfo.InvariantCulture) * 1e6);
        var importSeconds = double.Parse(summary.Groups["seconds"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new Imported(Number("rows"), bytes, importSeconds, Math.Max(sampledPeak, Number("peak") * 1_000_000), Sqlite.Size(database), seconds);
    }

    [GeneratedRegex(@"summary: .*?(?<rows>[\d,]+) rows read \((?<mb>[\d,.]+) MB\).* in (?<seconds>[\d,.]+) s .*peak memory (?<peak>[\d,]+) MB")]
    private static partial Regex Summary();

    /// <summary>src/OutOfCourt.Cli/bin/CONFIGURATION/net10.0/outofcourt.dll, the configuration being this benchmark's own.</summary>
    private static string BuiltBeside()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var cli = System.IO.Path.Combine(dir.FullName, "src", "OutOfCourt.Cli", "bin", configuration, framework, "outofcourt.dll");
            if (File.Exists(cli)) return cli;
        }
        throw new FileNotFoundException($"outofcourt.dll ({configuration}, {framework}) not found above {here.FullName}; build src/OutOfCourt.Cli or give --cli PATH");
    }
}
