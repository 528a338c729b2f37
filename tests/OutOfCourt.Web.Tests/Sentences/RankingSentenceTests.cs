using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Tests.Sentences;

/// <summary>The ranking's ready sentence as a table of cases: "of 43" only when the ranking really holds those 43.</summary>
public sealed class RankingSentenceTests
{
    private const string ByCount = "number of community resolutions";

    public static TheoryData<int?, bool, int, RankingCoverage, string, string> Cases => new()
    {
        { 8, false, 43, RankingCoverage.TerritorialForces, "in 2016",
            "Greater Manchester Police ranked 8th of the 43 territorial forces of England and Wales by number of community resolutions in 2016." },
        { 1, false, 45, RankingCoverage.AllForces, "in 2016",
            "Greater Manchester Police ranked 1st of all 45 forces by number of community resolutions in 2016." },
        { 2, false, 2, RankingCoverage.ForcesWithData, "in 2016",
            "Greater Manchester Police ranked 2nd of the 2 forces with data in 2016 by number of community resolutions." },
        { 1, false, 1, RankingCoverage.ForcesWithData, "in 2016",
            "Greater Manchester Police ranked 1st of the only force with data in 2016 by number of community resolutions." },
        { 3, true, 43, RankingCoverage.TerritorialForces, "from 2012 to 2016",
            "Greater Manchester Police ranked joint 3rd of the 43 territorial forces of England and Wales by number of community resolutions " +
            "from 2012 to 2016." },
        { null, false, 42, RankingCoverage.ForcesWithData, "in 2015/16",
            "Greater Manchester Police is not ranked: the data has no outcomes for it in 2015/16." },
    };

    [Theory, MemberData(nameof(Cases))]
    public void The_ready_sentence_names_the_forces_it_ranks_against(int? rank, bool tied, int ranked, RankingCoverage coverage, string period,
        string expected) =>
        RankingSentences.Ranked("Greater Manchester Police", rank, tied, ranked, coverage, ByCount, period).Should().Be(expected);

    [Theory]
    [InlineData(1, "1st"), InlineData(2, "2nd"), InlineData(3, "3rd"), InlineData(4, "4th"), InlineData(11, "11th"), InlineData(12, "12th"),
     InlineData(13, "13th"), InlineData(21, "21st"), InlineData(22, "22nd"), InlineData(43, "43rd"), InlineData(111, "111th")]
    public void Ordinals_follow_english_usage(int n, string expected) => RankingSentences.Ordinal(n).Should().Be(expected);
}
