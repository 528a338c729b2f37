namespace OutOfCourt.Core.Queries;

/// <summary>
/// The gap-detection rule (docs/methodology.md, "Gaps and probable gaps"). A covered period whose count falls below a
/// third of the median of its neighbours (the two nearest periods on each side that are not themselves probable gaps,
/// four from one side at the ends of the series)
/// is a probable gap, when that median is at least <see cref="MinimumNeighbourMedian"/>: a count of thousands that drops
/// to nothing or to a few hundred between ordinary years is a recording or publication failure far more often than a
/// real change, while small counts swing by chance. The rule repeats until nothing more is flagged, so a run of missing
/// periods is found whole. A 0 that the source reports and that its neighbours make ordinary stays a 0. Pure.
/// </summary>
public static class ProbableGaps
{
    /// <summary>Neighbours whose median is below this are too small to call a fall suspicious.</summary>
    public const long MinimumNeighbourMedian = 20;
    /// <summary>A count below this fraction of its neighbours' median is a probable gap.</summary>
    public const double CollapseFraction = 1.0 / 3;
    /// <summary>How many periods on each side are the neighbours.</summary>
    public const int NeighboursEachSide = 2;

    /// <summary>The indexes of the probable gaps in a series of counts for consecutive covered periods (null: not covered, skipped).</summary>
    public static IReadOnlySet<int> Find(IReadOnlyList<long?> series)
    {
        var flagged = new HashSet<int>();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < series.Count; i++)
            {
                if (series[i] is not { } value || flagged.Contains(i)) continue;
                var neighbours = Neighbours(series, flagged, i);
                if (neighbours.Count == 0) continue;
                var median = Median(neighbours);
                if (median >= MinimumNeighbourMedian && value < median * CollapseFraction)
                {
                    flagged.Add(i);
                    changed = true;
                }
            }
        } while (changed);
        return flagged;
    }

    /// <summary>
    /// Up to two periods on each side, skipping probable gaps and periods not covered; at the ends of the series the other
    /// side makes up the four, so a first or last period is judged on four neighbours, not on one that may be a spike.
    /// </summary>
    private static List<long> Neighbours(IReadOnlyList<long?> series, HashSet<int> flagged, int at)
    {
        List<long> Side(int step)
        {
            var side = new List<long>();
            for (var j = at + step; j >= 0 && j < series.Count && side.Count < 2 * NeighboursEachSide; j += step)
                if (series[j] is { } v && !flagged.Contains(j)) side.Add(v);
            return side;
        }
        var (left, right) = (Side(-1), Side(1));
        var takeLeft = Math.Min(NeighboursEachSide, left.Count);
        var takeRight = Math.Min(NeighboursEachSide, right.Count);
        var missing = 2 * NeighboursEachSide - takeLeft - takeRight;
        takeLeft = Math.Min(left.Count, takeLeft + missing);
        takeRight = Math.Min(right.Count, takeRight + Math.Max(0, missing - (takeLeft - Math.Min(NeighboursEachSide, left.Count))));
        return left.Take(takeLeft).Concat(right.Take(takeRight)).ToList();
    }

    private static double Median(List<long> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
