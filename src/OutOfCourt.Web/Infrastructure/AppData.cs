using OutOfCourt.Core;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Web.Infrastructure;

/// <summary>
/// Where the app's data lives and the reference data loaded once at start-up. The database comes from the one
/// setting shared with the CLI: OutOfCourt:Database, overridden by OUTOFCOURT_DB, default data/local/outofcourt.db.
/// </summary>
public sealed class AppData(IConfiguration configuration)
{
    private ReferenceData? _refs;

    public string DatabasePath { get; } = DataDirectory.DatabasePath(configured: configuration["OutOfCourt:Database"]);
    public string? DefaultDataset { get; } = configuration["OutOfCourt:DefaultDataset"] is { Length: > 0 } d ? d : null;
    /// <summary>False serves a database loaded by other means (a national import) without adding the bundled sample to it.</summary>
    public bool LoadBundled { get; } = !string.Equals(configuration["OutOfCourt:LoadBundled"], "false", StringComparison.OrdinalIgnoreCase);
    public ReferenceData Refs => _refs ?? throw new InvalidOperationException("PrepareAsync has not run");

    public async Task PrepareAsync() =>
        _refs = await OutOfCourtSetup.PrepareAsync(DatabasePath, DataDirectory.Locate(), loadBundled: LoadBundled);
}
