using System.Diagnostics;

namespace OutOfCourt.Cli.Tests;

/// <summary>
/// Runs the CLI against a database file of its own, capturing what it prints: in-process, or, when
/// OUTOFCOURT_CLI names an executable (the natively compiled build the README has researchers publish; .ci/run
/// sets it for a second run of these tests), as that program in a process of its own, so both builds pass the same tests.
/// </summary>
public sealed class CliRunner : IDisposable
{
    private static readonly string? Executable = Environment.GetEnvironmentVariable("OUTOFCOURT_CLI") is { Length: > 0 } path
        ? File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"OUTOFCOURT_CLI={path}: no such file")
        : null;

    /// <summary>True when the tests run the natively compiled program rather than the CLI in-process.</summary>
    public static bool RunsNative => Executable is not null;

    public string Folder { get; } = Directory.CreateTempSubdirectory("outofcourt-cli-").FullName;
    public string Db => Path.Combine(Folder, "cli.db");

    /// <summary>Runs a verb with this runner's database added (--db), as a user's OUTOFCOURT_DB would.</summary>
    public Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) =>
        RunExactlyAsync(args.Length > 0 && args[0] is "import" or "query" or "datasets" or "fetch" && !args.Contains("--help")
            ? [args[0], "--db", Db, .. args[1..]]
            : args);

    /// <summary>Runs the arguments as given.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822",
        Justification = "an instance member beside RunAsync: tests call both on their runner")]
    public async Task<(int Exit, string Out, string Err)> RunExactlyAsync(params string[] args)
    {
        if (Executable is null)
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var exit = await Cli.RunAsync(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        var psi = new ProcessStartInfo(Executable, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.Environment[Core.DataDirectory.DataDirVariable] = Core.DataDirectory.Locate(); // the repository's data/, as the in-process run finds it
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {Executable}");
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
