using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Sentences;

/// <summary>The plain note under a chart or table that shows a probable gap (<see cref="ProbableGaps"/>) as a gap.</summary>
public static class GapNotes
{
    /// <summary>
    /// "Probable gap in the data: Merseyside Police, community resolutions in 2015 and 2016 fell below a third of the
    /// neighbouring years' median; shown as a gap, not as a fall." One sentence per force and outcome; none without gaps.
    /// </summary>
    public static IReadOnlyList<string> For(IReadOnlyList<ProbableGap> gaps, PeriodKind kind, string? subject = null,
        string? measure = null) => gaps
        .GroupBy(g => (Force: g.Force?.Name, Outcome: g.OutcomeClass?.Name))
        .Select(g =>
        {
            var years = g.Select(x => x.Year).Distinct().Order().Select(y => kind.YearLabel(y)).ToList();
            var who = g.Key.Force ?? subject;
            var what = measure ?? (g.Key.Outcome is { } o ? Words.Lower(o) + "s" : "the counts");
            return $"Probable gap in the data{(who is null ? "" : $" for {who}")}: {what} in {List(years)} fell below a third of the " +
                   "neighbouring years' median, which usually means records are missing; shown as a gap, not as a fall.";
        })
        .ToList();

    private static string List(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
