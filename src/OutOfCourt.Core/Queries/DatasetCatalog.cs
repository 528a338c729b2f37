using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Queries;

/// <summary>What one dataset holds: files, forces, years, rows, and notes on its files.</summary>
public sealed record DatasetSummary(Dataset Dataset, int Files, int Forces, int? FirstYear, int? LastYear, long Rows, int ForceYears,
    IReadOnlyList<string> Notes, DateTimeOffset? LastImport)
{
    public string YearRange => FirstYear is null ? "no data"
        : FirstYear == LastYear ? Dataset.PeriodKind.YearLabel(FirstYear.Value)
        : $"{Dataset.PeriodKind.YearLabel(FirstYear.Value)} to {Dataset.PeriodKind.YearLabel(LastYear!.Value)}";
}

/// <summary>How many periods of one force and year a dataset has (12 months make a full calendar year of monthly data).</summary>
public sealed record CoverageCell(int ForceId, int Year, int Periods, int PeriodsPerYear)
{
    public bool Full => Periods >= PeriodsPerYear;
}

/// <summary>
/// The datasets and the rule that picks one when the user has not: the configured default (OutOfCourt:DefaultDataset)
/// if it has data, else the dataset that covers the most force-years. A view shows one dataset, never a sum of two.
/// </summary>
public sealed class DatasetCatalog(OutOfCourtDbContext db, ReferenceData refs, string? configuredDefault = null, QueryCache? cache = null)
{
    // A catalog lives for one request or one CLI command: what it has read once it keeps, so a page that asks
    // about its dataset many times reads the slices once. With a cache (the web app), what it reads is also kept
    // across requests until the next import: at national scale there are tens of thousands of slices and files.
    private IReadOnlyList<DatasetSummary>? _summaries;
    private readonly Dictionary<int, IReadOnlyList<CoverageCell>> _coverage = new();

    public async Task<IReadOnlyList<DatasetSummary>> SummariesAsync(CancellationToken ct = default) =>
        _summaries ??= await CachedAsync("catalog:summaries", ReadSummariesAsync, ct);

    private async Task<T> CachedAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken ct) where T : class
    {
        if (cache is null) return await read(ct);
        var version = await DataVersionAsync(ct);
        if (cache.TryGet<T>(version, key, out var cached)) return cached;
        var fresh = await read(ct);
        cache.Set(version, key, fresh);
        return fresh;
    }

    /// <summary>
    /// The slices summed in one SQL pass, and the current files' notes and latest import: at national scale there are
    /// tens of thousands of each, every cold page needs this first, and covering indexes answer all of it.
    /// </summary>
    private async Task<IReadOnlyList<DatasetSummary>> ReadSummariesAsync(CancellationToken ct)
    {
        var slices = (await db.Database.SqlQueryRaw<SliceTotals>(
                "SELECT DatasetId, COUNT(DISTINCT ForceId) AS Forces, MIN(Year) AS First, MAX(Year) AS Last, SUM(Rows) AS Rows, " +
                "COUNT(DISTINCT ImportedFileId) AS Files, COUNT(DISTINCT ForceId * 10000 + Year) AS ForceYears FROM Slices GROUP BY DatasetId")
            .ToListAsync(ct)).ToDictionary(x => x.DatasetId);
        var current = db.ImportedFiles.AsNoTracking().Where(f => f.ReplacedAt == null);
        var notes = await current.Where(f => f.Note != "").GroupBy(f => new { f.DatasetId, f.Note })
            .Select(g => new { g.Key.DatasetId, g.Key.Note, First = g.Min(f => f.Id) }).ToListAsync(ct);
        var latestIds = await current.GroupBy(f => f.DatasetId).Select(g => g.Max(f => f.Id)).ToListAsync(ct);
        var latest = (await db.ImportedFiles.AsNoTracking().Where(f => latestIds.Contains(f.Id)).Select(f => new { f.DatasetId, f.ImportedAt }).ToListAsync(ct))
            .ToDictionary(f => f.DatasetId, f => f.ImportedAt);
        return refs.Datasets.Select(d =>
        {
            var s = slices.GetValueOrDefault(d.Id);
            return new DatasetSummary(d, s?.Files ?? 0, s?.Forces ?? 0, s?.First, s?.Last, s?.Rows ?? 0, s?.ForceYears ?? 0,
                notes.Where(n => n.DatasetId == d.Id).OrderBy(n => n.First).Select(n => n.Note).ToList(),
                latest.TryGetValue(d.Id, out var at) ? at : null);
        }).ToList();
    }

    /// <summary>One dataset's slices summed, as SQLite returns them.</summary>
    private sealed class SliceTotals
    {
        public int DatasetId { get; set; }
        public int Forces { get; set; }
        public int First { get; set; }
        public int Last { get; set; }
        public long Rows { get; set; }
        public int Files { get; set; }
        public int ForceYears { get; set; }
    }

    private long? _version;

    /// <summary>Bumped by every file an import lands (see <see cref="QueryCache"/>).</summary>
    public async Task<long> DataVersionAsync(CancellationToken ct = default) =>
        _version ??= long.TryParse(await db.Settings.AsNoTracking().Where(s => s.Key == QueryCache.VersionKey)
            .Select(s => s.Value).FirstOrDefaultAsync(ct), out var v) ? v : 0;

    /// <summary>The dataset the user named, or the default; throws <see cref="QueryException"/> for an unknown or empty one.</summary>
    public async Task<(DatasetSummary Summary, bool IsDefault)> ResolveAsync(string? key, CancellationToken ct = default)
    {
        var all = await SummariesAsync(ct);
        var withData = all.Where(s => s.Rows > 0 || s.Files > 0).ToList();
        if (!string.IsNullOrWhiteSpace(key))
        {
            var named = all.FirstOrDefault(s => string.Equals(s.Dataset.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
            if (named is null || named.Files == 0)
                throw new QueryException($"unknown dataset '{key}'" + (named is null ? "" : " (nothing imported)") +
                                         $"; datasets with data: {string.Join(", ", withData.Select(s => s.Dataset.Key))}");
            return (named, false);
        }
        if (withData.Count == 0) throw new QueryException("the database holds no data yet; import some with `outofcourt import`.");
        return (DefaultOf(withData), true);
    }

    private DatasetSummary DefaultOf(IReadOnlyList<DatasetSummary> withData) =>
        withData.FirstOrDefault(s => string.Equals(s.Dataset.Key, configuredDefault, StringComparison.OrdinalIgnoreCase))
        ?? withData.OrderByDescending(s => s.ForceYears).ThenBy(s => s.Dataset.Id).First();

    /// <summary>Periods covered per force and year, so pages can show a missing year as a gap, never as zero.</summary>
    public async Task<IReadOnlyList<CoverageCell>> CoverageAsync(Dataset dataset, int? forceId = null, CancellationToken ct = default)
    {
        if (!_coverage.TryGetValue(dataset.Id, out var cells))
        {
            var perYear = dataset.PeriodKind.PeriodsPerYear();
            _coverage[dataset.Id] = cells = await CachedAsync<IReadOnlyList<CoverageCell>>($"catalog:coverage:{dataset.Id}", async token =>
                (await db.Slices.AsNoTracking().Where(s => s.DatasetId == dataset.Id)
                    .GroupBy(s => new { s.ForceId, s.Year })
                    .Select(g => new { g.Key.ForceId, g.Key.Year, Periods = g.Count() }).ToListAsync(token))
                .Select(x => new CoverageCell(x.ForceId, x.Year, x.Periods, perYear))
                .OrderBy(x => x.ForceId).ThenBy(x => x.Year).ToList(), ct);
        }
        return forceId is { } f ? cells.Where(c => c.ForceId == f).ToList() : cells;
    }
}

/// <summary>A query the user got wrong: the message says what and how to put it right.</summary>
public sealed class QueryException(string message) : Exception(message);
