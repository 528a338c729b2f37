namespace OutOfCourt.Core.Queries;

/// <summary>
/// Applies <see cref="ProbableGaps"/> to a result grouped by year: each series (the rows that share every other
/// dimension) is read year by year over the years asked, a year the dataset does not cover for the series' force is
/// skipped (a gap already), a covered year with no rows is a 0, and zeros before a series' first count are skipped
/// too (an offence category that had not begun, e.g. possession of weapons before May 2013, is not a gap).
/// </summary>
public static class ResultGaps
{
    public static IReadOnlyList<ProbableGap> Find(IReadOnlyList<CountRow> rows, IReadOnlyList<GroupBy> groupBy, int yearFrom, int yearTo,
        Func<int?, int, bool> covered)
    {
        if (!groupBy.Contains(GroupBy.Year) || yearTo <= yearFrom) return [];
        var gaps = new List<ProbableGap>();
        foreach (var series in rows.GroupBy(SeriesKey))
        {
            var first = series.First();
            var byYear = series.GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
            var years = Enumerable.Range(yearFrom, yearTo - yearFrom + 1).ToList();
            var started = false;
            var values = years.Select(y =>
            {
                var count = byYear.GetValueOrDefault(y);
                started |= count > 0;
                return started && covered(first.Force?.Id, y) ? (long?)count : null;
            }).ToList();
            foreach (var i in ProbableGaps.Find(values))
                gaps.Add(new ProbableGap(first.Force, years[i], first.OutcomeClass, values[i]!.Value, series.Key));
        }
        return gaps.OrderBy(g => g.Force?.Name, StringComparer.Ordinal).ThenBy(g => g.SeriesKey, StringComparer.Ordinal).ThenBy(g => g.Year).ToList();
    }

    /// <summary>Every dimension of a row but its year, as one key.</summary>
    public static string SeriesKey(CountRow r) =>
        $"{r.Force?.Slug}|{r.Category?.Slug}|{r.Offence?.Scheme}:{r.Offence?.Code}|{r.OutcomeClass?.Slug}|{r.Serious}";
}
