using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Export;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Tests.Sentences;

/// <summary>
/// Every sentence a chart writes, as a table of cases: the chart's numbers and subject in, the words out. These pin
/// today's wording; a change to a sentence changes a row here.
/// </summary>
public sealed class ChartSentenceTests
{
    private static readonly ChartSubject All = ChartSubject.Everything;
    private static readonly ChartSubject Kent = new(["Kent Police"]);
    private static readonly ChartSubject KentBurglary = new(["Kent Police"], "Burglary", OffenceIsCategory: true);
    private static readonly ChartSubject TwoForces = new(["Kent Police", "Essex Police"]);
    private static readonly ChartSubject Code88A = new([], "88A");

    public static TheoryData<ChartSubject, string> Scopes => new()
    {
        { All, "across all forces" },
        { Kent, "in Kent Police" },
        { TwoForces, "in Kent Police, Essex Police" },
        { KentBurglary, "for burglary in Kent Police" },
        { Code88A, "for 88A across all forces" },
    };

    [Theory, MemberData(nameof(Scopes))]
    public void Scope_names_the_offence_then_the_forces(ChartSubject subject, string expected) => subject.Scope.Should().Be(expected);

    public static TheoryData<ChartSubject, bool, string[], double?[], string> Trends => new()
    {
        { All, false, ["2014", "2015", "2016"], [1234, null, 987], "Community resolutions across all forces fell from 1,234 in 2014 to 987 in 2016." },
        { Kent, true, ["2014", "2015"], [10, 20], "Community resolutions for serious offences in Kent Police rose from 10 in 2014 to 20 in 2015." },
        { KentBurglary, false, ["2014/15", "2015/16"], [7, 7], "Community resolutions for burglary in Kent Police stayed at 7 from 2014/15 to 2015/16." },
        { All, false, ["2016"], [5], "Community resolutions across all forces numbered 5 in 2016." },
        { TwoForces, false, ["2014", "2015"], [null, null], "Community resolutions in Kent Police, Essex Police have no data in this period." },
    };

    [Theory, MemberData(nameof(Trends))]
    public void Trend_says_how_the_total_changed(ChartSubject subject, bool seriousOnly, string[] years, double?[] totals, string expected) =>
        ChartSummaries.Trend(subject, seriousOnly, years, totals).Should().Be(expected);

    public static TheoryData<ChartSubject, string?, long, long, string> ByOffences => new()
    {
        { Kent, "Violence and sexual offences", 1200, 3400, "Violence and sexual offences had the most community resolutions in Kent Police: 1,200 of 3,400." },
        { Code88A, "Sexual offences", 3, 3, "Sexual offences had the most community resolutions for 88A across all forces: 3 of 3." },
        { All, null, 0, 0, "No community resolutions across all forces." },
    };

    [Theory, MemberData(nameof(ByOffences))]
    public void By_offence_names_the_category_with_the_most(ChartSubject subject, string? top, long count, long total, string expected) =>
        ChartSummaries.ByOffence(subject, top, count, total).Should().Be(expected);

    public static TheoryData<ChartSubject, double?[], double?[], string> Shares => new()
    {
        { Kent, [12.5, 10, null], [8, 9.3, 7], "In 2015, 10.0% of Kent Police's outcomes were community resolutions, against 9.3% for all forces." },
        { KentBurglary, [12.5, null, null], [8, 9.3, 7],
            "In 2014, 12.5% of Kent Police's outcomes for burglary were community resolutions, against 8.0% for all forces." },
        { Code88A, [null, 50, null], [null, null, null],
            "In 2015, 50.0% of Selected forces's outcomes for 88A were community resolutions, against 0.0% for all forces." },
        { Kent, [null, null, null], [8, 9.3, 7], "No outcomes in this period." },
    };

    [Theory, MemberData(nameof(Shares))]
    public void Share_compares_the_latest_year_with_all_forces(ChartSubject subject, double?[] shares, double?[] national, string expected) =>
        ChartSummaries.Share(subject, ["2014", "2015", "2016"], shares, national).Should().Be(expected);

    public static TheoryData<ChartSubject, RankingMeasure, string?, long, long, string> Rankings => new()
    {
        { All, RankingMeasure.Count, "Kent Police", 500, 2000, "Kent Police used community resolutions most across all forces: 500 (25.0% of its outcomes)." },
        { All, RankingMeasure.Share, "Kent Police", 500, 2000,
            "Kent Police had the highest share across all forces: 25.0% of 2,000 outcomes were community resolutions." },
        { Code88A, RankingMeasure.SeriousShare, "Kent Police", 1, 3,
            "Kent Police had the highest share for 88A across all forces: 33.3% of 3 outcomes for serious offences were community resolutions." },
        { TwoForces, RankingMeasure.Count, null, 0, 0, "No outcomes in Kent Police, Essex Police." },
    };

    [Theory, MemberData(nameof(Rankings))]
    public void Ranking_names_the_first_force(ChartSubject subject, RankingMeasure measure, string? first, long resolutions, long outcomes, string expected) =>
        ChartSummaries.Ranking(subject, measure, first, resolutions, outcomes).Should().Be(expected);

    public static TheoryData<string, bool, string[], long[], string> Explores => new()
    {
        { "Cautions", true, ["2014", "2015"], [3, 4], "Cautions across all forces rose from 3 in 2014 to 4 in 2015." },
        { "Outcomes", false, ["Kent Police", "Essex Police"], [4000, 3000], "Kent Police has the most: 4,000 of 7,000." },
        { "Outcomes", false, [], [], "Nothing matches these filters." },
    };

    [Theory, MemberData(nameof(Explores))]
    public void Explore_describes_the_groups(string what, bool byYear, string[] labels, long[] counts, string expected) =>
        ChartSummaries.Explore(All, what, byYear, labels, counts, counts.Sum()).Should().Be(expected);

    public static TheoryData<string, string> Titles => new()
    {
        { ChartTitles.Trend(All), "Community resolutions by year" },
        { ChartTitles.Trend(KentBurglary), "Community resolutions by year for burglary, Kent Police" },
        { ChartTitles.ByOffence(Kent), "Community resolutions by offence, Kent Police" },
        { ChartTitles.ByOffence(TwoForces), "Community resolutions by offence" },
        { ChartTitles.Share(All), "Share of outcomes that were community resolutions" },
        { ChartTitles.Share(KentBurglary), "Share of Kent Police's outcomes that were community resolutions, burglary" },
        { ChartTitles.Ranking(All, RankingMeasure.Count, "2015"), "Forces ranked by number of community resolutions, 2015" },
        { ChartTitles.Ranking(All, RankingMeasure.Share, null), "Forces ranked by share of outcomes that were community resolutions" },
        { ChartTitles.Ranking(Code88A, RankingMeasure.SeriousShare, null),
            "Forces ranked by share of outcomes for serious offences that were community resolutions for 88A" },
        { ChartTitles.Explore(null, GroupBy.Force), "Outcomes by force" },
        { ChartTitles.Explore("Caution", GroupBy.Code), "Cautions by offence (source's own code or crime type)" },
        { ChartTitles.ShareSubtitle("All outcomes · Kent Police"), "Share of outcomes that were community resolutions · Kent Police" },
        { ChartTitles.RankingSubtitle("All outcomes · 2015", RankingMeasure.Count), "Community resolutions · 2015" },
        { ChartTitles.YearHeading(PeriodKind.FinancialQuarter), "Financial year" },
        { ChartTitles.YearHeading(PeriodKind.Month), "Year" },
    };

    [Theory, MemberData(nameof(Titles))]
    public void Titles_and_headings_name_what_is_shown(string title, string expected) => title.Should().Be(expected);

    private static CoverageCell Cell(int force, int year, int periods, int perYear) => new(force, year, periods, perYear);

    public static TheoryData<PeriodKind, CoverageCell[], bool, string[], string[]> Coverages => new()
    {
        { PeriodKind.Month, [Cell(1, 2014, 12, 12), Cell(1, 2016, 6, 12)], true, ["One file was partial."],
            ["No data for 2015: shown as a gap, not as zero.", "2016: 6 of 12 months of data only.", "One file was partial."] },
        { PeriodKind.Month, [Cell(1, 2014, 12, 12), Cell(1, 2015, 12, 12), Cell(1, 2016, 6, 12), Cell(2, 2016, 3, 12)], false, [],
            ["2016: 2 force(s) with part of the year only."] },
        { PeriodKind.FinancialQuarter, [Cell(1, 2015, 4, 4), Cell(1, 2016, 2, 4)], true, [],
            ["No data for 2014/15: shown as a gap, not as zero.", "2016/17: 2 of 4 quarters of data only."] },
        { PeriodKind.CalendarYear, [Cell(1, 2014, 1, 1), Cell(1, 2015, 1, 1), Cell(1, 2016, 1, 1)], false, [], [] },
    };

    [Theory, MemberData(nameof(Coverages))]
    public void Gap_notes_name_missing_and_partial_years(PeriodKind kind, CoverageCell[] cells, bool singleForce, string[] fileNotes, string[] expected) =>
        ChartNotes.Coverage(kind, [2014, 2015, 2016], cells, singleForce, fileNotes).Should().Equal(expected);

    [Theory]
    [InlineData(10, 43, "Top 10 of 43 forces with outcomes in this period; the full ranking is on the Compare page.")]
    [InlineData(10, 10, null)]
    [InlineData(null, 43, null)]
    public void A_cut_ranking_says_how_many_forces_it_leaves_out(int? top, int ranked, string? expected) =>
        ChartNotes.RankingTop(top, ranked).Should().Equal(expected is null ? [] : [expected]);

    [Theory]
    [InlineData(OffenceSchemes.PoliceUk, 1)]
    [InlineData(OffenceSchemes.HomeOffice, 0)]
    public void Coarse_crime_types_carry_a_caveat(string scheme, int caveats) =>
        ChartNotes.Caveats(Dataset("x", scheme)).Should().HaveCount(caveats);

    public static TheoryData<bool, DateTimeOffset?, string> Sources => new()
    {
        { true, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero),
            "Source: Home Office, Closed outcomes (dataset home-office-closed, the default), imported 3 December 2026. " + Provenance.Licence },
        { false, null, "Source: Home Office, Closed outcomes (dataset home-office-closed). " + Provenance.Licence },
    };

    [Theory, MemberData(nameof(Sources))]
    public void The_source_line_names_the_dataset_and_the_licence(bool isDefault, DateTimeOffset? imported, string expected) =>
        Provenance.SourceLine(Dataset("home-office-closed", OffenceSchemes.HomeOffice), isDefault, imported).Should().Be(expected);

    [Fact]
    public void The_licence_sentence_is_the_open_government_licence_attribution() =>
        Provenance.Licence.Should().Be("Contains public sector information licensed under the Open Government Licence v3.0.");

    [Theory]
    [InlineData(true, "The seriousness policy flags it as serious ▲.")]
    [InlineData(null, "The seriousness policy flags part of it as serious ▲.")]
    [InlineData(false, "The seriousness policy does not flag it as serious.")]
    public void An_offence_page_says_how_much_of_it_the_policy_flags(bool? serious, string expected) =>
        PageSentences.Seriousness(serious).Should().Be(expected);

    [Theory]
    [InlineData(1, false, "1 force")]
    [InlineData(43, true, "43 forces, some with part of the year only")]
    public void A_headline_counts_its_forces(int forces, bool partial, string expected) =>
        PageSentences.HeadlineForces(forces, partial).Should().Be(expected);

    private static Dataset Dataset(string key, string scheme) =>
        new() { Key = key, Name = "Closed outcomes", Publisher = "Home Office", OffenceScheme = scheme };
}
