namespace OutOfCourt.Core;

/// <summary>
/// Where the bundled data and reference files live, and where the database goes. One rule for the web app, the CLI
/// and the tests: OUTOFCOURT_DATA_DIR names the data folder, else the nearest folder called data/ with
/// reference/forces.csv in it, looking up from the working directory and then from the program's own folder.
/// </summary>
public static class DataDirectory
{
    public const string DataDirVariable = "OUTOFCOURT_DATA_DIR";
    public const string DatabaseVariable = "OUTOFCOURT_DB";

    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DataDirVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "reference", "forces.csv"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"Cannot find the data folder (data/reference/forces.csv) above {Directory.GetCurrentDirectory()}; set {DataDirVariable}.");
    }

    /// <summary>
    /// The database file: an explicit path (the CLI's --db) wins, then OUTOFCOURT_DB, then the configured setting
    /// (OutOfCourt:Database in the web app's configuration), then data/local/outofcourt.db, which .gitignore covers.
    /// </summary>
    public static string DatabasePath(string? explicitPath = null, string? configured = null)
    {
        var chosen = explicitPath;
        if (string.IsNullOrWhiteSpace(chosen)) chosen = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrWhiteSpace(chosen)) chosen = configured;
        if (string.IsNullOrWhiteSpace(chosen)) chosen = Path.Combine(Locate(), "local", "outofcourt.db");
        return Path.GetFullPath(chosen);
    }
}
