using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// The one query model: counts from one dataset, filtered and grouped in SQL on indexed columns, labelled from the
/// reference data in memory. Pages, downloads, the API and the CLI all call <see cref="RunAsync"/>.
/// </summary>
public sealed class OutcomeQueryService(OutOfCourtDbContext db, ReferenceData refs, DatasetCatalog catalog, QueryCache? cache = null)
{
    public const int FirstPossibleYear = 2000;

    public ReferenceData Refs => refs;
    public DatasetCatalog Catalog => catalog;

    public async Task<QueryResult> RunAsync(OutcomeFilter filter, IReadOnlyList<GroupBy> groupBy, CancellationToken ct = default)
    {
        var (summary, isDefault) = await catalog.ResolveAsync(filter.Dataset, ct);
        var resolved = Resolve(filter, summary);
        var sql = BuildSql(resolved, groupBy);
        var raw = await ReadAsync(sql, ct);
        var rows = raw.Select(r => new CountRow
            {
                Force = groupBy.Contains(GroupBy.Force) ? refs.ForceById[r.ForceId] : null,
                Year = groupBy.Contains(GroupBy.Year) ? r.Year : null,
                Category = groupBy.Contains(GroupBy.Offence) ? refs.CategoryById[r.CategoryId] : null,
                Offence = groupBy.Contains(GroupBy.Code) ? refs.OffenceById(r.OffenceId) : null,
                OutcomeClass = groupBy.Contains(GroupBy.Outcome) ? refs.OutcomeClassById[r.ClassId] : null,
                Serious = groupBy.Contains(GroupBy.Serious) ? r.Serious == 1 : null,
                Count = r.Count,
            })
            .OrderBy(r => r.Force?.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Year)
            .ThenBy(r => r.Category?.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Offence?.Code, StringComparer.Ordinal)
            .ThenBy(r => r.OutcomeClass?.Id)
            .ThenByDescending(r => r.Serious)
            .ToList();
        return new QueryResult
        {
            Dataset = summary.Dataset, DatasetIsDefault = isDefault, Filter = filter with { Dataset = summary.Dataset.Key },
            GroupBy = groupBy, Rows = rows, Description = Describe(resolved, summary.Dataset), PolicyVersion = refs.Policy.Version,
        };
    }

    private async Task<IReadOnlyList<RawGroup>> ReadAsync(string sql, CancellationToken ct)
    {
        if (cache is null) return await db.Database.SqlQueryRaw<RawGroup>(sql).ToListAsync(ct);
        var version = await catalog.DataVersionAsync(ct);
        if (cache.TryGet<IReadOnlyList<RawGroup>>(version, sql, out var cached)) return cached;
        var fresh = await db.Database.SqlQueryRaw<RawGroup>(sql).ToListAsync(ct);
        cache.Set<IReadOnlyList<RawGroup>>(version, sql, fresh);
        return fresh;
    }

    /// <summary>Checks every filter against the reference data and the dataset's years; all problems are reported at once.</summary>
    internal ResolvedFilter Resolve(OutcomeFilter f, DatasetSummary summary)
    {
        var problems = new List<string>();
        var forces = new List<Force>();
        foreach (var slug in f.Forces.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (refs.ForceBySlug.TryGetValue(slug.Trim(), out var force) || (force = refs.FindForce(slug)) is not null) forces.Add(force);
            else problems.Add($"unknown force '{slug}'; forces are named by slug, e.g. greater-manchester, metropolitan");
        }

        OffenceCategory? category = null;
        Offence? offence = null;
        if (!string.IsNullOrWhiteSpace(f.Offence))
        {
            var text = f.Offence.Trim();
            if (!refs.CategoryBySlug.TryGetValue(text, out category))
            {
                offence = FindOffence(text, summary.Dataset.OffenceScheme);
                if (offence is null)
                    problems.Add($"unknown offence '{text}'; give a category slug (e.g. violence-and-sexual-offences), " +
                                 "a Home Office offence code (e.g. 88A) or a data.police.uk crime type");
            }
        }

        OutcomeClass? outcome = null;
        if (!string.IsNullOrWhiteSpace(f.Outcome) && !refs.OutcomeClassBySlug.TryGetValue(f.Outcome.Trim(), out outcome))
            problems.Add($"unknown outcome '{f.Outcome}'; outcomes are {string.Join(", ", refs.OutcomeClasses.Select(c => c.Slug))}");

        var kind = summary.Dataset.PeriodKind;
        var (first, last) = (summary.FirstYear ?? 0, summary.LastYear ?? 0);
        var from = f.YearFrom ?? first;
        var to = f.YearTo ?? last;
        foreach (var (name, year) in new[] { ("from", f.YearFrom), ("to", f.YearTo) })
            if (year is { } y && (y < first || y > last))
                problems.Add($"year {kind.YearLabel(y)} ({name}) is outside the data: {summary.Dataset.Name} covers {summary.YearRange}");
        if (from > to) problems.Add($"the first year ({kind.YearLabel(from)}) is after the last ({kind.YearLabel(to)})");

        if (problems.Count > 0) throw new QueryException(string.Join("; ", problems));
        return new ResolvedFilter(summary.Dataset, forces, category, offence, from, to, outcome, f.SeriousOnly,
            AllYears: from <= first && to >= last);
    }

    /// <summary>An offence by code, crime type or crime-type slug, preferring the dataset's own scheme; the offence pages use it too.</summary>
    public Offence? FindOffence(string text, string scheme) =>
        refs.FindOffence(scheme, text)
        ?? refs.OffencesOf(scheme).FirstOrDefault(o => string.Equals(o.Code, text, StringComparison.OrdinalIgnoreCase)
                                                       || string.Equals(Slug(o.Code), text, StringComparison.OrdinalIgnoreCase))
        ?? refs.FindOffence(OffenceSchemes.HomeOffice, text)
        ?? refs.Offences.FirstOrDefault(o => string.Equals(o.Code, text, StringComparison.OrdinalIgnoreCase));

    public static string Slug(string text) =>
        string.Join('-', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Every value spliced into the SQL is an integer id taken from our own reference data, never user text, so the
    /// statement is safe to build; building it lets GROUP BY hold only the dimensions asked for. It reads one roll-up
    /// table alone (no joins): categories, classes and the seriousness policy become lists of offence and outcome
    /// ids. It groups twice: first by the stored ids, in the order of a covering index so SQLite sums as it scans
    /// instead of sorting every row (ten years of forces are 90,000 rows); then the few sums left are mapped to
    /// categories, classes and seriousness and grouped again.
    /// </summary>
    private string BuildSql(ResolvedFilter r, IReadOnlyList<GroupBy> groupBy)
    {
        string Dim(GroupBy g, Func<string> expression) => groupBy.Contains(g) ? expression() : "0";
        var stored = new List<string>();
        if (groupBy.Contains(GroupBy.Force)) stored.Add("ForceId");
        if (groupBy.Contains(GroupBy.Year)) stored.Add("Year");
        stored.AddRange(["OffenceId", "OutcomeId"]);
        // A question about the whole country reads the national roll-up, a fortieth of the rows of the force one;
        // one by force over every year of the dataset, not split by year, reads the all-years roll-up, a tenth of them.
        var national = r.Forces.Count == 0 && !groupBy.Contains(GroupBy.Force);
        var allYears = !national && r.AllYears && !groupBy.Contains(GroupBy.Year);
        var table = national ? "NationalOutcomeCounts" : allYears ? "AllYearsOutcomeCounts" : "YearlyOutcomeCounts";
        var sums = $"SELECT {string.Join(", ", stored)}, SUM(Count) AS Count FROM {table} " +
                   $"WHERE {Where(r, years: !allYears)} GROUP BY {string.Join(", ", stored)}";

        var sql = new StringBuilder("SELECT ");
        sql.Append($"{Dim(GroupBy.Force, () => "ForceId")} AS ForceId, {Dim(GroupBy.Year, () => "Year")} AS Year, ");
        sql.Append($"{Dim(GroupBy.Offence, () => Case("OffenceId", refs.Offences.Select(o => (o.Id, o.CategoryId))))} AS CategoryId, ");
        sql.Append($"{Dim(GroupBy.Code, () => "OffenceId")} AS OffenceId, ");
        sql.Append($"{Dim(GroupBy.Outcome, () => Case("OutcomeId", refs.Outcomes.Select(o => (o.Id, o.ClassId))))} AS ClassId, ");
        sql.Append($"{Dim(GroupBy.Serious, () => $"CASE WHEN OffenceId IN ({Ids(refs.SeriousOffenceIds())}) THEN 1 ELSE 0 END")} AS Serious, ");
        sql.Append($"SUM(Count) AS Count FROM ({sums}) GROUP BY 1, 2, 3, 4, 5, 6");
        return sql.ToString();
    }

    /// <summary>The filter as SQL conditions on the fact table's own columns (integer ids only).</summary>
    private string Where(ResolvedFilter r, bool years = true)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"DatasetId = {r.Dataset.Id}");
        // One year as an equality, so SQLite can read the year-ordered index and sum without sorting.
        if (years && r.YearFrom == r.YearTo) sql.Append(CultureInfo.InvariantCulture, $" AND Year = {r.YearFrom}");
        else if (years) sql.Append(CultureInfo.InvariantCulture, $" AND Year BETWEEN {r.YearFrom} AND {r.YearTo}");
        if (r.Forces.Count > 0) sql.Append($" AND ForceId IN ({Ids(r.Forces.Select(x => x.Id))})");
        IEnumerable<int>? offences = null;
        if (r.Category is not null) offences = refs.Offences.Where(o => o.CategoryId == r.Category.Id).Select(o => o.Id);
        if (r.Offence is not null) offences = [r.Offence.Id];
        if (r.SeriousOnly) offences = (offences ?? refs.Offences.Select(o => o.Id)).Intersect(refs.SeriousOffenceIds());
        if (offences is not null) sql.Append($" AND OffenceId IN ({Ids(offences)})");
        if (r.Outcome is not null) sql.Append($" AND OutcomeId IN ({Ids(refs.Outcomes.Where(o => o.ClassId == r.Outcome.Id).Select(o => o.Id))})");
        return sql.ToString();
    }

    /// <summary>
    /// Every stored cell the filter selects, at full detail (force, period, the source's offence and outcome), read
    /// row by row from the database so a download of any size streams in flat memory.
    /// </summary>
    public async IAsyncEnumerable<DetailRow> StreamDetailAsync(OutcomeFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var (summary, _) = await catalog.ResolveAsync(filter.Dataset, ct);
        var resolved = Resolve(filter, summary);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT ForceId, Year, Period, OffenceId, OutcomeId, Count FROM OutcomeCounts WHERE " + Where(resolved) +
                                  " ORDER BY ForceId, Year, Period, OffenceId, OutcomeId";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var offence = refs.OffenceById(reader.GetInt32(3));
                var outcome = refs.OutcomeById[reader.GetInt32(4)];
                yield return new DetailRow(summary.Dataset, refs.ForceById[reader.GetInt32(0)], reader.GetInt32(1), reader.GetInt32(2),
                    offence, refs.CategoryById[offence.CategoryId], refs.IsSerious(offence.Id), outcome,
                    refs.OutcomeClassById[outcome.ClassId], reader.GetInt64(5));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>"CASE column WHEN id THEN value ... END": maps source ids to their category or class inside SQL.</summary>
    private static string Case(string column, IEnumerable<(int Id, int Value)> map) =>
        $"CASE {column} {string.Concat(map.OrderBy(m => m.Id).Select(m => $"WHEN {m.Id} THEN {m.Value} "))}ELSE 0 END";

    /// <summary>A SQL list of ids; "NULL" for none, so IN (NULL) matches nothing.</summary>
    private static string Ids(IEnumerable<int> ids)
    {
        var list = string.Join(",", ids.Distinct().Order());
        return list.Length == 0 ? "NULL" : list;
    }

    /// <summary>The filters in words: "Community resolution · Greater Manchester Police · serious offences only · 2012 to 2016".</summary>
    private string Describe(ResolvedFilter r, Dataset dataset)
    {
        var parts = new List<string>
        {
            r.Outcome?.Name ?? "All outcomes",
            r.Forces.Count == 0 ? "all forces" : string.Join(", ", r.Forces.Select(x => x.Name)),
            r.Category?.Name ?? (r.Offence is not null ? $"{r.Offence.Name}{(r.Offence.Scheme == OffenceSchemes.HomeOffice ? $" (code {r.Offence.Code})" : "")}" : "all offences"),
        };
        if (r.SeriousOnly) parts.Add($"serious offences only (policy {refs.Policy.Version})");
        parts.Add(r.YearFrom == r.YearTo ? dataset.PeriodKind.YearLabel(r.YearFrom)
            : $"{dataset.PeriodKind.YearLabel(r.YearFrom)} to {dataset.PeriodKind.YearLabel(r.YearTo)}");
        return string.Join(" · ", parts);
    }

    public sealed record DetailRow(Dataset Dataset, Force Force, int Year, int Period, Offence Offence, OffenceCategory Category, bool Serious,
        Outcome Outcome, OutcomeClass OutcomeClass, long Count);

    internal sealed record ResolvedFilter(Dataset Dataset, IReadOnlyList<Force> Forces, OffenceCategory? Category, Offence? Offence,
        int YearFrom, int YearTo, OutcomeClass? Outcome, bool SeriousOnly, bool AllYears);

    /// <summary>The shape of one grouped row as SQLite returns it; dimensions not grouped by come back as 0.</summary>
    internal sealed class RawGroup
    {
        public int ForceId { get; set; }
        public int Year { get; set; }
        public int CategoryId { get; set; }
        public int OffenceId { get; set; }
        public int ClassId { get; set; }
        public int Serious { get; set; }
        public long Count { get; set; }
    }
}
