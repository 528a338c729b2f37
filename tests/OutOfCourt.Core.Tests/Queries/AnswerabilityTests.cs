using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Queries;

/// <summary>The answerability rule as a table of cases, on datasets declared as data/reference/datasets.csv declares them.</summary>
public sealed class AnswerabilityTests
{
    private static readonly Force Manchester = new() { Id = 1, Slug = "greater-manchester", Name = "Greater Manchester Police" };
    private static readonly Force London = new() { Id = 2, Slug = "city-of-london", Name = "City of London Police" };
    private static readonly Force Kent = new() { Id = 3, Slug = "kent", Name = "Kent Police" };
    private static readonly Offence Grooming = new() { Id = 10, Scheme = OffenceSchemes.HomeOffice, Code = "88A", Name = "Sexual grooming" };
    private static readonly Offence ArsonLife = new() { Id = 11, Scheme = OffenceSchemes.HomeOffice, Code = "56A", Name = "Arson endangering life" };
    private static readonly Offence Burglary = new() { Id = 12, Scheme = OffenceSchemes.PoliceUk, Code = "Burglary", Name = "Burglary" };
    private static readonly Offence OwnCategory = new() { Id = 13, Scheme = "survey-2020", Code = "Theft", Name = "Theft" };

    private static DatasetCoverage Loaded(int id, string key, string scheme, PeriodKind kind, params Force[] forces) => new(
        new DatasetSummary(new Dataset { Id = id, Key = key, Name = key, OffenceScheme = scheme, PeriodKind = kind }, 1, forces.Length, 2012, 2016,
            100, forces.Length * 5, [], null),
        forces.Select(f => f.Id).ToHashSet());

    private static readonly DatasetCoverage Bbc = Loaded(1, "bbc", OffenceSchemes.PoliceUk, PeriodKind.CalendarYear, Manchester, London, Kent);
    private static readonly DatasetCoverage Street = Loaded(2, "street", OffenceSchemes.PoliceUk, PeriodKind.Month, Manchester, London);
    private static readonly DatasetCoverage HomeOffice = Loaded(3, "ho", OffenceSchemes.HomeOffice, PeriodKind.FinancialQuarter, Manchester, Kent);
    private static readonly DatasetCoverage Survey = Loaded(4, "survey", "survey-2020", PeriodKind.FinancialYear, Kent);
    private static readonly DatasetCoverage[] All = [Bbc, Street, HomeOffice, Survey];

    public static TheoryData<string, Question, DatasetCoverage, string?, string[]> Cases => new()
    {
        { "all offences, all forces: every dataset answers", new([], []), Bbc, null, [] },
        { "a crime type of crime-type data", new([Burglary], [Manchester]), Street, null, [] },
        { "88A of crime-type data", new([Grooming], []), Bbc,
            "the dataset bbc counts offences by data.police.uk crime type (not Home Office offence code), so it cannot count Home Office offence 88A (Sexual " +
                "grooming)", ["ho"] },
        { "56A in Greater Manchester of crime-type data", new([ArsonLife], [Manchester]), Street,
            "the dataset street counts offences by data.police.uk crime type (not Home Office offence code), so it cannot count Home Office offence 56A " +
                "(Arson endangering life)", ["ho"] },
        { "56A in London: the Home Office data does not hold London", new([ArsonLife], [London]), Bbc,
            "the dataset bbc counts offences by data.police.uk crime type (not Home Office offence code), so it cannot count Home Office offence 56A (Arson " +
                "endangering life)", [] },
        { "a crime type of Home Office data", new([Burglary], []), HomeOffice,
            "the dataset ho counts offences by Home Office offence code, so it cannot count the data.police.uk crime type \"Burglary\"", ["bbc", "street"] },
        { "a researcher's own category of crime-type data", new([OwnCategory], []), Bbc,
            "the dataset bbc counts offences by data.police.uk crime type (not Home Office offence code), so it cannot count the survey-2020 category " +
                "\"Theft\"", ["survey"] },
        { "a force the dataset holds nothing of", new([], [Kent]), Street, "the dataset street holds no data for Kent Police (it holds 2 forces)", ["bbc", "ho",
            "survey"] },
        { "two forces of which one is held: answerable, the other shown as no data", new([], [Kent, London]), Street, null, [] },
        { "two forces neither held", new([], [Manchester, London]), Survey,
            "the dataset survey holds no data for Greater Manchester Police or City of London Police (it holds 1 force)", ["bbc", "street", "ho"] },
        { "a month of yearly data", new([], [], PeriodKind.Month), Bbc,
            "the dataset bbc counts by calendar year only, so it cannot be split by month", ["street"] },
        { "a month of monthly data", new([Burglary], [], PeriodKind.Month), Street, null, [] },
        { "a financial year of quarters", new([], [], PeriodKind.FinancialYear), HomeOffice, null, [] },
        { "a calendar year of financial quarters", new([], [], PeriodKind.CalendarYear), HomeOffice,
            "the dataset ho counts by financial-year quarter (April to March years) only, so it cannot be split by calendar year", ["bbc", "street"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judges_a_question_against_what_the_dataset_declares_and_holds(string name, Question question, DatasetCoverage dataset,
        string? reason, string[] alternatives)
    {
        var verdict = Answerability.Judge(question, dataset, All);
        verdict.Answerable.Should().Be(reason is null, name);
        if (reason is null) return;
        verdict.Reason.Should().Be(reason, name);
        verdict.Alternatives.Select(a => a.Dataset.Key).Should().Equal(alternatives, name);
        verdict.Message.Should().StartWith($"This data cannot tell you: {reason}. ");
    }

    [Fact]
    public void Says_so_when_no_loaded_dataset_can_answer()
    {
        Answerability.Judge(new([Grooming], [London]), Bbc, All).Message.Should().EndWith("No loaded dataset can answer it.");
    }
}
