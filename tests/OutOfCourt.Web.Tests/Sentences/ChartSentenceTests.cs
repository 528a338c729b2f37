using System.Globalization;
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

    private static YearQualifier[] Whole(params string[] labels) => labels.Select((l, i) => new YearQualifier(2014 + i, l, true, true)).ToArray();
    private static YearQualifier Part(int year, string label) => new(year, label, false, true);
    private static YearQualifier NotRecorded(int year) => new(year, year.ToString(CultureInfo.InvariantCulture), false, false);

    private static readonly ChartSubject GmStreet = new(["Greater Manchester Police"], Dataset: "data.police.uk street records");
    private static readonly ChartSubject GmSeriousUpper = new(["Greater Manchester Police"], Serious: SeriousKind.Upper);
    private static readonly ChartSubject StreetSerious =
        new([], Dataset: "data.police.uk street records", Serious: SeriousKind.Upper, AllForces: "the 2 forces in this data");

    public static TheoryData<ChartSubject, YearQualifier[], double?[], string> Trends => new()
    {
        { All, Whole("2014", "2015", "2016"), [1234, null, 987], "Community resolutions across all forces fell from 1,234 in 2014 to 987 in 2016." },
        { new(["Kent Police"], Serious: SeriousKind.Exact), Whole("2014", "2015"), [10, 20],
            "Community resolutions for serious offences in Kent Police rose from 10 in 2014 to 20 in 2015." },
        { KentBurglary, Whole("2014/15", "2015/16"), [7, 7], "Community resolutions for burglary in Kent Police stayed at 7 from 2014/15 to 2015/16." },
        { All, Whole("2016"), [5], "Community resolutions across all forces numbered 5 in 2016." },
        { TwoForces, Whole("2014", "2015"), [null, null], "Community resolutions in Kent Police, Essex Police have no data in this period." },
        // Issue 18: "numbered 77 in 2016" from one partial month's file, in a dataset that is not the default.
        { GmStreet, [Part(2016, "2016 (December only)")], [77],
            "Community resolutions in Greater Manchester Police numbered 77 in 2016 (December only), according to data.police.uk street records." },
        // Issue 18: "possession of weapons rose from 240 in 2013 to 1,030 in 2016": the category began in May 2013 (independent sums of the BBC table).
        { new([], "Possession of weapons", true), [NotRecorded(2012), Part(2013, "2013 (from May 2013, when the category began)"),
                new(2014, "2014", true, true), new(2015, "2015", true, true), new(2016, "2016", true, true)], [0, 240, 608, 858, 1030],
            "Community resolutions for possession of weapons across all forces rose from 608 in 2014 to 1,030 in 2016." },
        // Issue 18: "/offences/bicycle-theft rose from 0 in 2012": a year before the category began is not a zero.
        { new([], "Bicycle theft", true), [NotRecorded(2012), Part(2013, "2013 (from May 2013, when the category began)"),
                new(2014, "2014", true, true), new(2015, "2015", true, true), new(2016, "2016", true, true)], [0, 300, 615, 550, 483],
            "Community resolutions for bicycle theft across all forces fell from 615 in 2014 to 483 in 2016." },
        // Issue 18: "/offences/Violent%20crime fell ... to 0 in 2016": the crime type was renamed in May 2013.
        { new([], "Violent crime"), [new(2012, "2012", true, true), Part(2013, "2013 (to April 2013, when the category ended)"), NotRecorded(2014),
                NotRecorded(2015), NotRecorded(2016)], [26519, 9591, 0, 0, 0],
            "Community resolutions for Violent crime across all forces numbered 26,519 in 2012 and 9,591 in 2013 (to April 2013, when the category ended)." },
        // A part year after the last whole one is given with its qualifier, never compared.
        { Kent, [new(2014, "2014", true, true), new(2015, "2015", true, true), Part(2016, "2016 (January to June only)")], [100, 120, 40],
            "Community resolutions in Kent Police rose from 100 in 2014 to 120 in 2015, and numbered 40 in 2016 (January to June only)." },
        // Issue 18: /?dataset=police-uk-street&serious=1: two forces, one of them a month, counted as coarse categories.
        { StreetSerious, [Part(2016, "2016 (part of the year for 1 of 2 forces)")], [83],
            "Community resolutions in categories that include serious offences (upper bound) across the 2 forces in this data numbered 83 in " +
            "2016 (part of the year for 1 of 2 forces), according to data.police.uk street records." },
    };

    [Theory, MemberData(nameof(Trends))]
    public void Trend_says_how_the_total_changed(ChartSubject subject, YearQualifier[] years, double?[] totals, string expected) =>
        ChartSummaries.Trend(subject, years, totals).Should().Be(expected);

    public static TheoryData<ChartSubject, string?, long, long, string, string> ByOffences => new()
    {
        { Kent, "Violence and sexual offences", 1200, 3400, "from 2014 to 2016",
            "Violence and sexual offences had the most community resolutions in Kent Police from 2014 to 2016: 1,200 of 3,400." },
        { Code88A, "Sexual offences", 3, 3, "in 2016", "Sexual offences had the most community resolutions for 88A across all forces in 2016: 3 of 3." },
        { All, null, 0, 0, "in 2016", "No community resolutions across all forces in 2016." },
        { GmStreet, "Violence and sexual offences", 26, 77, "in 2016 (December only)",
            "Violence and sexual offences had the most community resolutions in Greater Manchester Police in 2016 (December only): 26 of 77, " +
            "according to data.police.uk street records." },
    };

    [Theory, MemberData(nameof(ByOffences))]
    public void By_offence_names_the_category_with_the_most(ChartSubject subject, string? top, long count, long total, string period, string expected) =>
        ChartSummaries.ByOffence(subject, top, count, total, period).Should().Be(expected);

    public static TheoryData<ChartSubject, double?[], double?[], string, string> Shares => new()
    {
        { Kent, [12.5, 10, null], [8, 9.3, 7], "all forces",
            "In 2015, 10.0% of Kent Police's outcomes were community resolutions, against 9.3% for all forces." },
        { KentBurglary, [12.5, null, null], [8, 9.3, 7], "all forces",
            "In 2014, 12.5% of Kent Police's outcomes for burglary were community resolutions, against 8.0% for all forces." },
        { Code88A, [null, 50, null], [null, null, null], "all forces",
            "In 2015, 50.0% of Selected forces's outcomes for 88A were community resolutions, against 0.0% for all forces." },
        { Kent, [null, null, null], [8, 9.3, 7], "all forces", "No outcomes in this period." },
        // Issue 18: with serious on, the share is among the serious base, and it says so.
        { GmSeriousUpper, [null, null, 3.2], [null, null, 2.1], "all forces",
            "In 2016, 3.2% of Greater Manchester Police's outcomes in categories that include serious offences (upper bound) were community " +
            "resolutions, against 2.1% for all forces." },
        { GmStreet, [null, null, 1.0], [null, null, 1.2], "the 2 forces in this data",
            "In 2016, 1.0% of Greater Manchester Police's outcomes were community resolutions, against 1.2% for the 2 forces in this data, " +
            "according to data.police.uk street records." },
    };

    [Theory, MemberData(nameof(Shares))]
    public void Share_compares_the_latest_year_with_all_forces(ChartSubject subject, double?[] shares, double?[] national, string others, string expected) =>
        ChartSummaries.Share(subject, Whole("2014", "2015", "2016"), shares, national, others).Should().Be(expected);

    public static TheoryData<ChartSubject, RankingMeasure, string?, long, long, int, string> Rankings => new()
    {
        { All, RankingMeasure.Count, "Kent Police", 500, 2000, 43,
            "Kent Police used community resolutions most across all forces in 2016: 500 (25.0% of its outcomes)." },
        { All, RankingMeasure.Share, "Kent Police", 500, 2000, 43,
            "Kent Police had the highest share across all forces in 2016: 25.0% of 2,000 outcomes were community resolutions." },
        { Code88A, RankingMeasure.SeriousShare, "Kent Police", 1, 3, 43,
            "Kent Police had the highest share for 88A across all forces in 2016: 33.3% of 3 outcomes for serious offences were community resolutions." },
        { TwoForces, RankingMeasure.Count, null, 0, 0, 0, "No outcomes in Kent Police, Essex Police in 2016." },
        // Issue 18: "all forces" that are two forces, one of them a month.
        { StreetSerious, RankingMeasure.Count, "Greater Manchester Police (December only)", 52, 6500, 2,
            "Of the 2 forces in this data, Greater Manchester Police (December only) used community resolutions in categories that include " +
            "serious offences (upper bound) most in 2016: 52, 0.8% of its outcomes in categories that include serious offences (upper bound), " +
            "according to data.police.uk street records." },
    };

    [Theory, MemberData(nameof(Rankings))]
    public void Ranking_names_the_first_force(ChartSubject subject, RankingMeasure measure, string? first, long resolutions, long outcomes, int ranked,
        string expected) =>
        ChartSummaries.Ranking(subject, measure, first, resolutions, outcomes, "in 2016", ranked, 43).Should().Be(expected);

    public static TheoryData<string, bool, string[], long[], string> Explores => new()
    {
        { "Cautions", true, ["2014", "2015"], [3, 4], "Cautions across all forces rose from 3 in 2014 to 4 in 2015." },
        { "Outcomes", false, ["Kent Police", "Essex Police"], [4000, 3000],
            "Kent Police has the most outcomes across all forces from 2012 to 2016: 4,000 of 7,000." },
        { "Outcomes", false, [], [], "Nothing matches these filters." },
        // Issue 18: Explore's default counted anti-social behaviour and blank outcomes (6,123,964 to 6,044,346); outcomes alone, from the BBC table:
        { "Outcomes", true, ["2012", "2016"], [2970574, 4090609], "Outcomes across all forces rose from 2,970,574 in 2012 to 4,090,609 in 2016." },
        // Issue 18: by=outcome named the first class, not the largest.
        { "Outcomes", false, ["Charged or summonsed", "No suspect identified"], [2604527, 9424687],
            "No suspect identified has the most outcomes across all forces from 2012 to 2016: 9,424,687 of 12,029,214." },
    };

    [Theory, MemberData(nameof(Explores))]
    public void Explore_describes_the_groups(string what, bool byYear, string[] labels, long[] counts, string expected) =>
        ChartSummaries.Explore(All, what, byYear ? labels.Select(l => new YearQualifier(int.Parse(l, CultureInfo.InvariantCulture), l, true,
            true)).ToList() : null, labels, counts,
            counts.Sum(), "from 2012 to 2016").Should().Be(expected);

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
    [InlineData(OffenceSchemes.PoliceUk, SeriousKind.Upper, "an upper bound")]
    [InlineData(OffenceSchemes.PoliceUk, SeriousKind.Lower, "a lower bound")]
    [InlineData(OffenceSchemes.HomeOffice, SeriousKind.Exact, null)]
    public void Coarse_crime_types_say_which_bound_a_serious_count_is(string scheme, SeriousKind kind, string? words)
    {
        var notes = ChartNotes.Caveats(Dataset("x", scheme), kind).ToList();
        if (words is null) notes.Should().BeEmpty();
        else notes.Should().ContainSingle().Which.Should().Contain(words);
    }

    public static TheoryData<bool, DateTimeOffset?, string?, string> Sources => new()
    {
        { true, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), null,
            "Source: Home Office, Closed outcomes (dataset home-office-closed, the default); files imported 3 December 2026. " + Provenance.Licence },
        { false, null, null, "Source: Home Office, Closed outcomes (dataset home-office-closed). " + Provenance.Licence },
        // Issue 18: the figures' period first, so an import date does not read as fresh figures.
        { true, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), "December 2016",
            "Source: Home Office, Closed outcomes (dataset home-office-closed, the default); figures to December 2016, files imported 3 December 2026. " +
            Provenance.Licence },
    };

    [Theory, MemberData(nameof(Sources))]
    public void The_source_line_names_the_dataset_its_period_and_the_licence(bool isDefault, DateTimeOffset? imported, string? newest, string expected) =>
        Provenance.SourceLine(Dataset("home-office-closed", OffenceSchemes.HomeOffice), isDefault, imported, newest).Should().Be(expected);

    [Theory]
    [InlineData(PeriodKind.Month, 2016, 12, "newest data: December 2016, ten years old")]
    [InlineData(PeriodKind.CalendarYear, 2016, 1, "newest data: 2016, ten years old")]
    [InlineData(PeriodKind.FinancialQuarter, 2025, 4, "newest data: 2025/26 Q4 (January to March 2026), a year old")]
    [InlineData(PeriodKind.Month, 2026, 10, "newest data: October 2026")]
    public void The_data_age_names_the_newest_period_and_how_old_it_is(PeriodKind kind, int year, int period, string expected) =>
        DataAge.Phrase(kind, year, period, new DateOnly(2026, 12, 3)).Should().Be(expected);

    public static TheoryData<CoverageCell[], (int, int)?, (int, int)?, string[]> Qualifiers => new()
    {
        // One force, one month's file.
        { [Cell(1, 2016, 1, 12) with { FirstPeriod = 12, LastPeriod = 12 }], null, null, ["2015", "2016 (December only)"] },
        { [Cell(1, 2015, 12, 12), Cell(1, 2016, 6, 12) with { FirstPeriod = 1, LastPeriod = 6 }], null, null, ["2015", "2016 (January to June only)"] },
        { [Cell(1, 2015, 12, 12), Cell(1, 2016, 12, 12), Cell(2, 2016, 1, 12) with { FirstPeriod = 12, LastPeriod = 12 }], null, null,
            ["2015", "2016 (part of the year for 1 of 2 forces)"] },
        // A category that began in May 2015: the year before is not recorded, the first year is a part year.
        { [Cell(1, 2015, 12, 12), Cell(1, 2016, 12, 12)], (2015, 5), null, ["2015 (from May 2015, when the category began)", "2016"] },
        { [Cell(1, 2015, 12, 12), Cell(1, 2016, 12, 12)], (2010, 12), (2015, 4), ["2015 (to April 2015, when the category ended)"] },
    };

    [Theory, MemberData(nameof(Qualifiers))]
    public void A_year_says_what_part_of_it_the_data_holds(CoverageCell[] cells, (int, int)? from, (int, int)? to, string[] expected) =>
        YearQualifier.For(PeriodKind.Month, [2015, 2016], cells, from is null && to is null ? null : (from, to))
            .Where(q => q.Recorded).Select(q => q.Label).Should().Equal(expected);

    [Fact]
    public void A_year_before_a_category_began_is_not_recorded() =>
        YearQualifier.For(PeriodKind.CalendarYear, [2012, 2013], [Cell(1, 2012, 1, 1), Cell(1, 2013, 1, 1)], ((2013, 5), null))
            .Select(q => (q.Label, q.Full, q.Recorded)).Should().Equal(("2012", false, false), ("2013 (from May 2013, when the category began)", false, true));

    [Theory]
    [InlineData(SeriousKind.Exact, 35008, 35008, "35,008 for offences the policy flags as serious")]
    [InlineData(SeriousKind.Upper, 35008, 115,
        "35,008 in categories that include serious offences (upper bound) and 115 in categories made up entirely of serious offences (lower bound)")]
    public void An_overview_card_names_the_kind_of_serious_count(SeriousKind kind, long upper, long lower, string expected) =>
        PageSentences.HeadlineSerious(kind, upper, lower).Should().Be(expected);

    [Theory]
    [InlineData(false, "not in this data: no data.police.uk street records files for this force and year are loaded")]
    [InlineData(true, "no outcomes recorded")]
    public void A_force_without_rows_is_not_loaded_unless_it_is_covered(bool covered, string expected) =>
        PageSentences.ForceRowGap(covered, "data.police.uk street records").Should().Be(expected);

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
