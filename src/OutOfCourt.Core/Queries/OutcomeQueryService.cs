using System.Data.Common;
using System.Globalization;
using System.Text;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// The one query model: counts from one dataset, filtered and grouped in SQL on indexed columns, labelled from the
/// reference data in memory. Pages, downloads, the API and the CLI all call <see cref="RunAsync"/>.
/// </summary>
public sealed class OutcomeQueryService(DbConnection connection, ReferenceData refs, DatasetCatalog catalog, QueryCache? cache = null)
{
    public const int FirstPossibleYear = 2000;

    public ReferenceData Refs => refs;
    public DatasetCatalog Catalog => catalog;

    public async Task<QueryResult> RunAsync(OutcomeFilter filter, IReadOnlyList<GroupBy> groupBy, CancellationToken ct = default)
    {
        var (summary, isDefault) = await catalog.ResolveAsync(filter.Dataset, ct);
        var resolved = Resolve(filter, summary);
        await EnsureAnswerableAsync(resolved, summary, ct, byOffence: groupBy.Contains(GroupBy.Offence) || groupBy.Contains(GroupBy.Code));
        var sql = BuildSql(resolved, groupBy);
        var raw = await ReadAsync(sql, groupBy, resolved.Serious, ct);
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
        // A gap is judged against its neighbouring years, so a range narrower than the dataset's is judged on the whole series and
        // clipped: a trend that starts or ends on a gap year must still see it.
        var gaps = resolved.AllYears || !groupBy.Contains(GroupBy.Year)
            ? await GapsAsync(resolved, summary, groupBy, rows, ct)
            : (await RunAsync(filter with { YearFrom = null, YearTo = null }, groupBy, ct)).ProbableGaps
                .Where(g => g.Year >= resolved.YearFrom && g.Year <= resolved.YearTo).ToList();
        return new QueryResult
        {
            Dataset = summary.Dataset, DatasetIsDefault = isDefault, Filter = filter with { Dataset = summary.Dataset.Key },
            GroupBy = groupBy, Rows = rows, Description = Describe(resolved, summary.Dataset), PolicyVersion = refs.Policy.Version,
            ProbableGaps = gaps,
            Coverage = CoverageEntry.Of(resolved.Forces, await catalog.CoverageAsync(summary.Dataset, ct: ct), refs.ForceById, resolved.YearFrom,
                resolved.YearTo, gaps, summary.Dataset.PeriodKind.PeriodsPerYear()),
            SeriousKind = resolved.Serious, NewestData = summary.NewestPeriodName,
        };
    }

    private async Task<IReadOnlyList<RawGroup>> ReadAsync(string sql, IReadOnlyList<GroupBy> groupBy, SeriousKind kind, CancellationToken ct)
    {
        if (cache is null) return await ReadGroupsAsync(sql, groupBy, kind, ct);
        var version = await catalog.DataVersionAsync(ct);
        // The same sums serve several groupings; the policy version is part of what "serious" means.
        var key = $"{sql}|{string.Join(",", groupBy)}|{refs.Policy.Version}|{kind}";
        if (cache.TryGet<IReadOnlyList<RawGroup>>(version, key, out var cached)) return cached;
        var fresh = await ReadGroupsAsync(sql, groupBy, kind, ct);
        cache.Set<IReadOnlyList<RawGroup>>(version, key, fresh);
        return fresh;
    }

    /// <summary>Reads the sums by stored ids and adds them up by the dimensions asked for: category, class and seriousness mapped here.</summary>
    private async Task<IReadOnlyList<RawGroup>> ReadGroupsAsync(string sql, IReadOnlyList<GroupBy> groupBy, SeriousKind kind, CancellationToken ct)
    {
        var (category, code, outcome, serious) =
            (groupBy.Contains(GroupBy.Offence), groupBy.Contains(GroupBy.Code), groupBy.Contains(GroupBy.Outcome), groupBy.Contains(GroupBy.Serious));
        var sums = new Dictionary<(int Force, int Year, int Category, int Offence, int Class, int Serious), long>();
        await Sql.ReadAsync(connection, sql, r =>
        {
            var (offenceId, outcomeId) = (r.GetInt32(2), r.GetInt32(3));
            var key = (r.GetInt32(0), r.GetInt32(1), category ? refs.OffenceById(offenceId).CategoryId : 0, code ? offenceId : 0,
                outcome ? refs.OutcomeById[outcomeId].ClassId : 0, serious && refs.IsSerious(offenceId, kind) ? 1 : 0);
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _);
            count += r.GetInt64(4);
            return 0;
        }, ct);
        return sums.Select(e => new RawGroup
        {
            ForceId = e.Key.Force, Year = e.Key.Year, CategoryId = e.Key.Category, OffenceId = e.Key.Offence, ClassId = e.Key.Class,
            Serious = e.Key.Serious, Count = e.Value,
        }).ToList();
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

        var categories = new List<OffenceCategory>();
        var offences = new List<Offence>();
        foreach (var text in f.Offences)
        {
            if (refs.CategoryBySlug.TryGetValue(text, out var category)) categories.Add(category);
            else if (FindOffence(text, summary.Dataset.OffenceScheme) is { } offence) offences.Add(offence);
            else
                problems.Add($"unknown offence '{text}'; give a category slug (e.g. violence-and-sexual-offences), " +
                             "a Home Office offence code (e.g. 88A) or a data.police.uk crime type");
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
        return new ResolvedFilter(summary.Dataset, forces, categories, offences, from, to, outcome, f.SeriousOnly,
            AllYears: from <= first && to >= last, Serious: SeriousKinds.For(summary.Dataset, f.SeriousBound));
    }

    /// <summary>Probable gaps of a result grouped by year, judged on the years the dataset holds whole for the forces asked.</summary>
    private async Task<IReadOnlyList<ProbableGap>> GapsAsync(ResolvedFilter r, DatasetSummary summary, IReadOnlyList<GroupBy> groupBy,
        IReadOnlyList<CountRow> rows, CancellationToken ct)
    {
        if (!groupBy.Contains(GroupBy.Year)) return [];
        var coverage = await catalog.CoverageAsync(summary.Dataset, ct: ct);
        var forceIds = r.Forces.Select(f => f.Id).ToHashSet();
        // Only whole years are judged: a part year falls short of its neighbours by design and is already said to be partial.
        var byForce = coverage.Where(c => c.Full).Select(c => (c.ForceId, c.Year)).ToHashSet();
        var anyOf = coverage.Where(c => forceIds.Count == 0 || forceIds.Contains(c.ForceId)).GroupBy(c => c.Year)
            .Where(g => g.All(c => c.Full)).Select(g => g.Key).ToHashSet();
        return ResultGaps.Find(rows, groupBy, r.YearFrom, r.YearTo, (force, year) => force is { } f ? byForce.Contains((f, year)) : anyOf.Contains(year));
    }

    /// <summary>Refuses, with the reason and the datasets that can answer it, a question the dataset cannot answer (<see cref="Answerability"/>).</summary>
    private async Task EnsureAnswerableAsync(ResolvedFilter r, DatasetSummary summary, CancellationToken ct, bool byOffence = false)
    {
        var verdict = await JudgeAsync(new Question(r.Offences, r.Forces, Categories: r.Categories, Serious: r.SeriousOnly, ByOffence: byOffence), summary, ct);
        if (!verdict.Answerable) throw new UnanswerableQuestionException(verdict);
    }

    /// <summary>Judges a question against a dataset, with every loaded dataset's coverage for the alternatives.</summary>
    public async Task<AnswerabilityVerdict> JudgeAsync(Question question, DatasetSummary summary, CancellationToken ct = default)
    {
        var loaded = new List<DatasetCoverage>();
        foreach (var s in (await catalog.SummariesAsync(ct)).Where(s => s.Files > 0))
            loaded.Add(new DatasetCoverage(s, (await catalog.CoverageAsync(s.Dataset, ct: ct)).Select(c => c.ForceId).ToHashSet()));
        var own = loaded.FirstOrDefault(d => d.Summary.Dataset.Id == summary.Dataset.Id)
                  ?? new DatasetCoverage(summary, new HashSet<int>());
        return Answerability.Judge(question, own, loaded);
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
    /// statement is safe to build; building it lets GROUP BY hold only the stored dimensions asked for. It reads one
    /// roll-up table alone (no joins) and sums by the stored ids, in the order of a covering index so SQLite adds as
    /// it scans instead of sorting every row (ten years of forces are 90,000 rows). The ids are then mapped to
    /// categories, classes and seriousness in memory (<see cref="ReadGroupsAsync"/>): done in SQL, as CASE lists of
    /// every offence and outcome, the mapping and its second GROUP BY took three times as long as the sums.
    /// </summary>
    private string BuildSql(ResolvedFilter r, IReadOnlyList<GroupBy> groupBy)
    {
        // Only the stored columns the grouping needs: the offence for a category, a code or seriousness, the outcome
        // for a class. Every row SQLite hands over costs more than the rows it adds up.
        var (force, year) = (groupBy.Contains(GroupBy.Force), groupBy.Contains(GroupBy.Year));
        var offence = groupBy.Contains(GroupBy.Offence) || groupBy.Contains(GroupBy.Code) || groupBy.Contains(GroupBy.Serious);
        var outcome = groupBy.Contains(GroupBy.Outcome);
        var stored = new[] { (force, "ForceId"), (year, "Year"), (offence, "OffenceId"), (outcome, "OutcomeId") };
        // A question about the whole country reads the national roll-up, a fortieth of the rows of the force one;
        // one by force over every year of the dataset, not split by year, reads the all-years roll-up, a tenth of them.
        var national = r.Forces.Count == 0 && !force;
        var allYears = !national && r.AllYears && !year;
        var table = national ? "NationalOutcomeCounts" : allYears ? "AllYearsOutcomeCounts" : "YearlyOutcomeCounts";
        // Named forces over a span of years: SQLite, without statistics, reads the year-ordered index for the year
        // range, i.e. every force's rows of those years, and keeps the force's. The force-ordered index reads the
        // force's rows alone (ten years of the Metropolitan Police's Home Office outcomes: 14 ms instead of 61 ms;
        // by year and outcome from data.police.uk: 1.4 ms instead of 5.7 ms). Not when offences are filtered or
        // grouped: there SQLite's own choice, the primary key in year order, was the faster.
        if (table == "YearlyOutcomeCounts" && r.Forces.Count > 0 && r.YearFrom != r.YearTo && !offence && !FiltersOffences(r))
            table += " INDEXED BY IX_YearlyOutcomeCounts_Dataset_Force_Covering";
        var groups = stored.Where(c => c.Item1).Select(c => c.Item2).ToList();
        return $"SELECT {string.Join(", ", stored.Select(c => c.Item1 ? c.Item2 : "0"))}, SUM(Count) FROM {table} " +
               $"WHERE {Where(r, years: !allYears)}{(groups.Count > 0 ? $" GROUP BY {string.Join(", ", groups)}" : " HAVING COUNT(*) > 0")}";
    }

    /// <summary>Whether <see cref="Where"/> keeps only some offences (a category, one offence or the serious ones).</summary>
    private static bool FiltersOffences(ResolvedFilter r) => r.Categories.Count > 0 || r.Offences.Count > 0 || r.SeriousOnly;

    /// <summary>The filter as SQL conditions on the fact table's own columns (integer ids only).</summary>
    private string Where(ResolvedFilter r, bool years = true)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"DatasetId = {r.Dataset.Id}");
        // One year as an equality, so SQLite can read the year-ordered index and sum without sorting.
        if (years && r.YearFrom == r.YearTo) sql.Append(CultureInfo.InvariantCulture, $" AND Year = {r.YearFrom}");
        else if (years) sql.Append(CultureInfo.InvariantCulture, $" AND Year BETWEEN {r.YearFrom} AND {r.YearTo}");
        if (r.Forces.Count > 0) sql.Append(CultureInfo.InvariantCulture, $" AND ForceId IN ({Ids(r.Forces.Select(x => x.Id))})");
        IEnumerable<int>? offences = null;
        if (r.Categories.Count > 0 || r.Offences.Count > 0)
            offences = refs.Offences.Where(o => r.Categories.Any(c => c.Id == o.CategoryId)).Select(o => o.Id).Concat(r.Offences.Select(o => o.Id));
        if (r.SeriousOnly) offences = (offences ?? refs.Offences.Select(o => o.Id)).Intersect(refs.SeriousOffenceIds(r.Serious));
        if (offences is not null) sql.Append(CultureInfo.InvariantCulture, $" AND OffenceId IN ({Ids(offences)})");
        if (r.Outcome is not null) sql.Append(CultureInfo.InvariantCulture,
            $" AND OutcomeId IN ({Ids(refs.Outcomes.Where(o => o.ClassId == r.Outcome.Id).Select(o => o.Id))})");
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
        await EnsureAnswerableAsync(resolved, summary, ct);
        await using (await Sql.OpenAsync(connection, ct))
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
                    offence, refs.CategoryById[offence.CategoryId], refs.IsSerious(offence.Id, resolved.Serious), outcome,
                    refs.OutcomeClassById[outcome.ClassId], reader.GetInt64(5));
            }
        }
    }

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
            r.Categories.Count + r.Offences.Count == 0 ? "all offences"
                : string.Join(" or ", r.Categories.Select(c => c.Name).Concat(r.Offences.Select(o =>
                    $"{o.Name}{(o.Scheme == OffenceSchemes.HomeOffice ? $" (code {o.Code})" : "")}"))),
        };
        if (r.SeriousOnly) parts.Add($"only {r.Serious.Counted()} (policy {refs.Policy.Version})");
        parts.Add(r.YearFrom == r.YearTo ? dataset.PeriodKind.YearLabel(r.YearFrom)
            : $"{dataset.PeriodKind.YearLabel(r.YearFrom)} to {dataset.PeriodKind.YearLabel(r.YearTo)}");
        return string.Join(" · ", parts);
    }

    public sealed record DetailRow(Dataset Dataset, Force Force, int Year, int Period, Offence Offence, OffenceCategory Category, bool Serious,
        Outcome Outcome, OutcomeClass OutcomeClass, long Count);

    internal sealed record ResolvedFilter(Dataset Dataset, IReadOnlyList<Force> Forces, IReadOnlyList<OffenceCategory> Categories,
        IReadOnlyList<Offence> Offences,
        int YearFrom, int YearTo, OutcomeClass? Outcome, bool SeriousOnly, bool AllYears, SeriousKind Serious);

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
