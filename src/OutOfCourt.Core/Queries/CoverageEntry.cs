using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// Whether a dataset holds one force-year of a result: "covered" (every period), "partial" (some periods), "no data"
/// (none: missing, never 0) or "probable gap" (held, but the gap rule flags it). A covered force-year with no row is a 0.
/// </summary>
public sealed record CoverageEntry(Force Force, int Year, int Periods, int PeriodsPerYear, string Status)
{
    public const string Covered = "covered", Partial = "partial", NoData = "no data", ProbableGap = "probable gap";

    /// <summary>The force-years of the forces asked (none asked: every force the dataset holds) over the years asked.</summary>
    public static IReadOnlyList<CoverageEntry> Of(IReadOnlyList<Force> asked, IReadOnlyList<CoverageCell> cells, IReadOnlyDictionary<int, Force> forces,
        int yearFrom, int yearTo, IReadOnlyList<ProbableGap> gaps, int periodsPerYear)
    {
        var byKey = cells.ToDictionary(c => (c.ForceId, c.Year));
        var list = asked.Count > 0 ? asked : cells.Select(c => c.ForceId).Distinct().Select(id => forces[id]).ToList();
        return list.OrderBy(f => f.Name, StringComparer.Ordinal)
            .SelectMany(f => Enumerable.Range(yearFrom, Math.Max(0, yearTo - yearFrom + 1)).Select(y =>
            {
                var periods = byKey.TryGetValue((f.Id, y), out var c) ? c.Periods : 0;
                var status = periods == 0 ? NoData
                    : gaps.Any(g => g.Year == y && (g.Force is null ? asked.Count == 1 : g.Force.Id == f.Id)) ? ProbableGap
                    : periods < periodsPerYear ? Partial : Covered;
                return new CoverageEntry(f, y, periods, periodsPerYear, status);
            }))
            .ToList();
    }
}
