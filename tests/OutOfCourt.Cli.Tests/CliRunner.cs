namespace OutOfCourt.Cli.Tests;

/// <summary>Runs the CLI in-process against a database file of its own, capturing what it prints.</summary>
public sealed class CliRunner : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("outofcourt-cli-").FullName;
    public string Db => Path.Combine(Folder, "cli.db");

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var withDb = args.Length > 0 && args[0] is "import" or "query" or "datasets" && !args.Contains("--help")
            ? [args[0], "--db", Db, .. args[1..]]
            : args;
        var exit = await Cli.RunAsync(withDb, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
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
