using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>Reads the reference files in data/reference (forces, categories, offences, outcomes, datasets).</summary>
public sealed class ReferenceFiles(string dataDirectory)
{
    public string DataDirectory { get; } = dataDirectory;
    private string Ref(string name) => Path.Combine(DataDirectory, "reference", name);

    public IReadOnlyList<Force> Forces() => Csv.ReadSmallFile(Ref("forces.csv"))
        .Select(r => new Force { Slug = r["slug"], Name = r["name"], Aliases = r["aliases"], Nation = r["nation"] })
        .ToList();

    public IReadOnlyList<OffenceCategory> Categories() => Csv.ReadSmallFile(Ref("offence-categories.csv"))
        .Select(r => new OffenceCategory { Slug = r["slug"], Name = r["name"], Description = r["description"] })
        .ToList();

    public IReadOnlyList<OutcomeClass> OutcomeClasses() => Csv.ReadSmallFile(Ref("outcome-classes.csv"))
        .Select(r => new OutcomeClass { Slug = r["slug"], Name = r["name"], IsOutcome = r["is_outcome"] == "yes", Description = r["description"] })
        .ToList();

    /// <summary>Outcomes with the slug of their class (ids are resolved when synced).</summary>
    public IReadOnlyList<(Outcome Outcome, string ClassSlug)> Outcomes() => Csv.ReadSmallFile(Ref("outcomes.csv"))
        .Select(r => (new Outcome { Scheme = r["scheme"], Code = r["code"], Name = r["name"] }, r["class"]))
        .ToList();

    /// <summary>data.police.uk crime types with the slug of their category.</summary>
    public IReadOnlyList<(Offence Offence, string CategorySlug)> CrimeTypes() => Csv.ReadSmallFile(Ref("police-uk-crime-types.csv"))
        .Select(r => (new Offence { Scheme = OffenceSchemes.PoliceUk, Code = r["crime_type"], Name = r["crime_type"] }, r["category"]))
        .ToList();

    /// <summary>When each crime type was in use (column in_use).</summary>
    public IReadOnlyList<CrimeTypeSpan> CrimeTypeSpans() => Csv.ReadSmallFile(Ref("police-uk-crime-types.csv"))
        .Select(r => CrimeTypeSpan.Parse(r["crime_type"], r["category"], r["in_use"]))
        .ToList();

    /// <summary>The Home Office offence code list (2017-18), each with the category its rules give it.</summary>
    public IReadOnlyList<(Offence Offence, string CategorySlug)> HomeOfficeOffences(HomeOfficeCategoryRules rules) =>
        Csv.ReadSmallFile(Ref("home-office-offence-codes-2017-18.csv"))
            .Select(r =>
            {
                var offence = new Offence
                {
                    Scheme = OffenceSchemes.HomeOffice, Code = r["Offence Code"], Name = r["Offence Description"],
                    Subgroup = r["Offence Subgroup"], Group = r["Offence Group"],
                };
                return (offence, rules.CategoryFor(offence) ?? throw new InvalidDataException(
                    $"{Ref("home-office-offence-categories.csv")}: no rule maps Home Office code {offence.Code} " +
                    $"(group '{offence.Group}', subgroup '{offence.Subgroup}') to a category."));
            })
            .ToList();

    public HomeOfficeCategoryRules HomeOfficeRules() => new(Csv.ReadSmallFile(Ref("home-office-offence-categories.csv"))
        .Select(r => new HomeOfficeCategoryRule(r["match"], r["value"], r["category"])).ToList());

    public IReadOnlyList<Dataset> Datasets() => Csv.ReadSmallFile(Ref("datasets.csv"))
        .Select(r => new Dataset
        {
            Key = r["key"], Name = r["name"], Publisher = r["publisher"], Measure = r["measure"],
            PeriodKind = PeriodKinds.Parse(r["period_kind"]), OffenceScheme = r["offence_scheme"], OutcomeScheme = r["outcome_scheme"],
                Description = r["description"],
        })
        .ToList();

    public SeriousnessPolicy Policy() => SeriousnessPolicy.Load(Path.Combine(DataDirectory, SeriousnessPolicy.FileName));
}
