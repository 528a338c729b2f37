using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Queries;

/// <summary>The gap-detection rule as a table of cases: series of counts (null: not covered) and the indexes it flags.</summary>
public sealed class ProbableGapsTests
{
    public static TheoryData<string, long?[], int[]> Cases => new()
    {
        // Merseyside's community resolutions in the BBC Data Unit file, 2012-16 (independent sum of the bundled CSV).
        { "Merseyside 2015 and 2016 fall to 0 after thousands", [1771, 3653, 2223, 0, 0], [3, 4] },
        { "a zero between non-zero neighbours", [500, 520, 0, 510, 530], [2] },
        { "a collapse to a few, not to zero (Greater Manchester from July 2019)", [9000, 9200, 9100, 1200, 9300], [3] },
        { "a run of missing years at the end is found whole", [100, 100, 0, 0, 0], [2, 3, 4] },
        { "an ordinary fall is not a gap", [900, 800, 700, 400, 350], [] },
        { "a fall to just above a third is not a gap", [300, 300, 101, 300, 300], [] },
        { "just below a third is", [300, 300, 99, 300, 300], [2] },
        { "small counts swing by chance: a 0 among single figures stays a 0", [3, 5, 0, 4, 6], [] },
        { "neighbours' median just below the minimum", [19, 19, 0, 19, 19], [] },
        { "neighbours' median at the minimum", [20, 20, 0, 20, 20], [2] },
        { "a year not covered is skipped, not a neighbour", [600, null, 0, 610, 620], [2] },
        { "a source's 0 with zero neighbours is a 0", [0, 0, 0, 0], [] },
        { "one covered year has no neighbours", [1000], [] },
        { "a rise is never a gap", [100, 100, 5000, 100, 100], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Flags_periods_far_below_their_neighbours(string name, long?[] series, int[] expected)
    {
        ProbableGaps.Find(series).Order().Should().Equal(expected, name);
    }
}
