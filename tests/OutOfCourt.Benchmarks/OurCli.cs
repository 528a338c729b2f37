using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Our import as a user runs it: the `outofcourt` command line in a process of its own, timed from start to exit
/// (start-up, creating or opening the database, the import), as the peers are: the build beside this benchmark
/// (src/OutOfCourt.Cli/bin/CONFIGURATION, as `dotnet run` gives it), the one the README has researchers publish
/// for large imports (compiled natively: no runtime to start and nothing compiled while it runs), the ReadyToRun
/// build it replaced (for comparison), or one given by path.
/// </summary>
internal static partial class OurCli
{
    private static readonly string[] ReadyToRunSwitches = ["-p:PublishAot=false", "-p:PublishReadyToRun=true"];

    /// <summary>An outofcourt.dll (run with dotnet) or executable, checked to exist.</summary>
    public static string Checked(string path) =>
        File.Exists(path) ? System.IO.Path.GetFullPath(path) : throw new ArgumentException($"--cli {path}: no such file");

    /// <summary>
    /// Publishes the command line into the folder: as the README says (`dotnet publish src/OutOfCourt.Cli -c Release
    /// -r RID`, compiled natively), or with <paramref name="readyToRun"/> as ReadyToRun code on the .NET runtime.
    /// </summary>
    public static async Task<string> PublishAsync(string folder, bool readyToRun = false)
    {
        var project = System.IO.Path.Combine(RepositoryRoot(), "src", "OutOfCourt.Cli");
        var psi = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r",
            System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
            .. readyToRun ? ReadyToRunSwitches : [], "--nologo", "-o", folder]);
        await Measured.RunAsync(psi);
        var host = System.IO.Path.Combine(folder, OperatingSystem.IsWindows() ? "outofcourt.exe" : "outofcourt");
        return File.Exists(host) ? host : System.IO.Path.Combine(folder, "outofcourt.dll");
    }

    /// <summary>One import: the CLI's own figures from its summary line, and the whole command's time.</summary>
    public sealed record Imported(long Rows, long Bytes, double Seconds, long PeakBytes, long DatabaseBytes, double ProcessSeconds)
    {
        public double StartSeconds => ProcessSeconds - Seconds;
    }

    /// <summary>Runs `CLI import --db DATABASE ARGS...` and reads its summary line.</summary>
    public static async Task<Imported> ImportAsync(string cli, string database, IEnumerable<string> args)
    {
        var psi = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet", [cli, "import", "--db", database, .. args])
            : new ProcessStartInfo(cli, ["import", "--db", database, .. args]);
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

    /// <summary>The folder with OutOfCourt.sln, above this benchmark's own.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OutOfCourt.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"OutOfCourt.sln not found above {AppContext.BaseDirectory}");
    }

    /// <summary>src/OutOfCourt.Cli/bin/CONFIGURATION/net10.0/outofcourt.dll, the configuration being this benchmark's own.</summary>
    public static string BuiltBeside()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var (framework, configuration) = (here.Name, here.Parent!.Name);
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var cli = System.IO.Path.Combine(dir.FullName, "src", "OutOfCourt.Cli", "bin", configuration, framework, "outofcourt.dll");
            if (File.Exists(cli)) return cli;
        }
        throw new FileNotFoundException($"outofcourt.dll ({configuration}, {framework}) not found above {here.FullName}; build src/OutOfCourt.Cli or give " +
            $"--cli PATH");
    }
}
