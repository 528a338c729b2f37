using System.Data.Common;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// The datasets and the rule that picks one when the user has not: the configured default (OutOfCourt:DefaultDataset)
/// if it has data, else the most current dataset: the one whose data reaches the latest year, then the one covering the
/// most force-years, then the first listed (so a journalist's first page shows the newest figures). A view shows one
/// dataset, never a sum of two.
/// </summary>
public sealed class DatasetCatalog(DbConnection connection, ReferenceData refs, string? configuredDefault = null, QueryCache? cache = null)
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
        // Force-years first, in the order of the summary index, so no COUNT(DISTINCT) needs a sort of every slice.
        var slices = (await Sql.ReadAsync(connection,
                "SELECT DatasetId, COUNT(DISTINCT ForceId), MIN(Year), MAX(Year), SUM(Rows), COUNT(*) FROM " +
                "(SELECT DatasetId, ForceId, Year, SUM(Rows) AS Rows FROM Slices GROUP BY DatasetId, ForceId, Year) GROUP BY DatasetId",
                r => (DatasetId: r.GetInt32(0), Forces: r.GetInt32(1), First: r.GetInt32(2), Last: r.GetInt32(3), Rows: r.GetInt64(4),
                    ForceYears: r.GetInt32(5)), ct))
            .ToDictionary(x => x.DatasetId);
        var files = (await Sql.ReadAsync(connection, "SELECT DatasetId, COUNT(DISTINCT ImportedFileId) FROM Slices GROUP BY DatasetId",
                r => (DatasetId: r.GetInt32(0), Files: r.GetInt32(1)), ct))
            .ToDictionary(x => x.DatasetId, x => x.Files);
        var notes = await Sql.ReadAsync(connection,
            "SELECT DatasetId, Note, MIN(Id) FROM ImportedFiles WHERE ReplacedAt IS NULL AND Note <> '' GROUP BY DatasetId, Note",
            r => (DatasetId: r.GetInt32(0), Note: r.GetString(1), First: r.GetInt32(2)), ct);
        var latest = (await Sql.ReadAsync(connection,
                "SELECT f.DatasetId, f.ImportedAt FROM ImportedFiles f " +
                "JOIN (SELECT MAX(Id) AS Id FROM ImportedFiles WHERE ReplacedAt IS NULL GROUP BY DatasetId) m ON f.Id = m.Id",
                r => (DatasetId: r.GetInt32(0), At: DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture)), ct))
            .ToDictionary(f => f.DatasetId, f => f.At);
        var newest = (await Sql.ReadAsync(connection, "SELECT DatasetId, MAX(Year * 100 + Period) FROM Slices GROUP BY DatasetId",
                r => (DatasetId: r.GetInt32(0), Newest: r.GetInt32(1)), ct))
            .ToDictionary(x => x.DatasetId, x => x.Newest);
        return refs.Datasets.Select(d =>
        {
            var found = slices.TryGetValue(d.Id, out var s);
            return new DatasetSummary(d, files.GetValueOrDefault(d.Id), found ? s.Forces : 0, found ? s.First : null, found ? s.Last : null,
                found ? s.Rows : 0, found ? s.ForceYears : 0,
                notes.Where(n => n.DatasetId == d.Id).OrderBy(n => n.First).Select(n => n.Note).ToList(),
                latest.TryGetValue(d.Id, out var at) ? at : null)
            {
                NewestYear = newest.TryGetValue(d.Id, out var n) ? n / 100 : null, NewestPeriod = newest.TryGetValue(d.Id, out n) ? n % 100 : null,
            };
        }).ToList();
    }

    private long? _version;

    /// <summary>The <see cref="DataVersion"/>, read once per catalog (see <see cref="QueryCache"/>).</summary>
    public async Task<long> DataVersionAsync(CancellationToken ct = default)
    {
        if (_version is null)
        {
            await using var open = await Sql.OpenAsync(connection, ct);
            _version = await DataVersion.ReadAsync(connection, ct);
        }
        return _version.Value;
    }

    /// <summary>Files replaced whole by a revised file of the same force and period, in any dataset.</summary>
    public async Task<long> ReplacedFilesAsync(CancellationToken ct = default) =>
        (await Sql.ReadAsync(connection, "SELECT COUNT(*) FROM ImportedFiles WHERE ReplacedAt IS NOT NULL", r => r.GetInt64(0), ct))[0];

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
        ?? withData.OrderByDescending(s => s.LastYear ?? int.MinValue).ThenByDescending(s => s.ForceYears).ThenBy(s => s.Dataset.Id).First();

    /// <summary>Periods covered per force and year, so pages can show a missing year as a gap, never as zero.</summary>
    public async Task<IReadOnlyList<CoverageCell>> CoverageAsync(Dataset dataset, int? forceId = null, CancellationToken ct = default)
    {
        if (!_coverage.TryGetValue(dataset.Id, out var cells))
        {
            var perYear = dataset.PeriodKind.PeriodsPerYear();
            _coverage[dataset.Id] = cells = await CachedAsync<IReadOnlyList<CoverageCell>>($"catalog:coverage:{dataset.Id}", async token =>
                await Sql.ReadAsync(connection, "SELECT ForceId, Year, COUNT(*), MIN(Period), MAX(Period) FROM Slices WHERE DatasetId = $d " +
                                                  "GROUP BY ForceId, Year ORDER BY ForceId, Year",
                    r => new CoverageCell(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), perYear) { FirstPeriod = r.GetInt32(3), LastPeriod = r.GetInt32(4) },
                        token, ("$d", dataset.Id)), ct);
        }
        return forceId is { } f ? cells.Where(c => c.ForceId == f).ToList() : cells;
    }
}
