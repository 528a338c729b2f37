using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>
/// The reference tables and the seriousness policy, loaded once into dictionaries: pages, queries and the importer
/// resolve names and ids here instead of asking the database on every row or request.
/// </summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Force> _forceByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string, string), Offence> _offenceByCode = new();
    private readonly Dictionary<int, Offence> _offenceById = new();
    private readonly Dictionary<(string, string), Outcome> _outcomeByCode = new();

    public IReadOnlyList<Force> Forces { get; }
    public IReadOnlyList<OffenceCategory> Categories { get; }
    public IReadOnlyList<OutcomeClass> OutcomeClasses { get; }
    public IReadOnlyList<Outcome> Outcomes { get; }
    private readonly List<Dataset> _datasets;
    private readonly Dictionary<string, Dataset> _datasetByKey;
    private readonly Dictionary<int, Dataset> _datasetById;
    public IReadOnlyList<Dataset> Datasets => _datasets;
    public IReadOnlyCollection<Offence> Offences => _offenceById.Values;
    public SeriousnessPolicy Policy { get; }
    /// <summary>The denominators of rates (set by <see cref="ReferenceSync"/>; empty where no file is given).</summary>
    public RecordedCrime RecordedCrime { get; internal set; } = RecordedCrime.Empty;
    public HomeOfficeCategoryRules HomeOfficeRules { get; }
    /// <summary>When each data.police.uk crime type was in use (empty when the reference file was not read).</summary>
    public IReadOnlyList<CrimeTypeSpan> CrimeTypeSpans { get; internal set; } = [];

    /// <summary>
    /// When a crime type, or a category's crime types together, were in use: the first month (null: from the start of
    /// the data) and the last (null: still in use). Null for anything that is not a data.police.uk crime type or category.
    /// </summary>
    public ((int Year, int Month)? From, (int Year, int Month)? To)? InUse(string? crimeTypeOrCategory)
    {
        if (string.IsNullOrWhiteSpace(crimeTypeOrCategory)) return null;
        var spans = CrimeTypeSpans.Where(s => string.Equals(s.CrimeType, crimeTypeOrCategory.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (spans.Count == 0) spans = CrimeTypeSpans.Where(s => string.Equals(s.CategorySlug, crimeTypeOrCategory.Trim(),
            StringComparison.OrdinalIgnoreCase)).ToList();
        if (spans.Count == 0 || spans.Any(s => s.From is null && s.To is null)) return null;
        return (spans.Any(s => s.From is null) ? null : spans.Min(s => s.From), spans.Any(s => s.To is null) ? null : spans.Max(s => s.To));
    }

    public IReadOnlyDictionary<int, Force> ForceById { get; }
    public IReadOnlyDictionary<string, Force> ForceBySlug { get; }
    public IReadOnlyDictionary<int, OffenceCategory> CategoryById { get; }
    public IReadOnlyDictionary<string, OffenceCategory> CategoryBySlug { get; }
    public IReadOnlyDictionary<int, OutcomeClass> OutcomeClassById { get; }
    public IReadOnlyDictionary<string, OutcomeClass> OutcomeClassBySlug { get; }
    public IReadOnlyDictionary<int, Outcome> OutcomeById { get; }
    public IReadOnlyDictionary<string, Dataset> DatasetByKey => _datasetByKey;
    public IReadOnlyDictionary<int, Dataset> DatasetById => _datasetById;

    private ReferenceData(IReadOnlyList<Force> forces, IReadOnlyList<OffenceCategory> categories, IEnumerable<Offence> offences,
        IReadOnlyList<OutcomeClass> classes, IReadOnlyList<Outcome> outcomes, IReadOnlyList<Dataset> datasets,
        SeriousnessPolicy policy, HomeOfficeCategoryRules rules)
    {
        Forces = forces.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Categories = categories.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        OutcomeClasses = classes;
        Outcomes = outcomes;
        _datasets = datasets.ToList();
        Policy = policy;
        HomeOfficeRules = rules;
        ForceById = forces.ToDictionary(f => f.Id);
        ForceBySlug = forces.ToDictionary(f => f.Slug, StringComparer.OrdinalIgnoreCase);
        CategoryById = categories.ToDictionary(c => c.Id);
        CategoryBySlug = categories.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        OutcomeClassById = classes.ToDictionary(c => c.Id);
        OutcomeClassBySlug = classes.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        OutcomeById = outcomes.ToDictionary(o => o.Id);
        _datasetByKey = datasets.ToDictionary(d => d.Key, StringComparer.OrdinalIgnoreCase);
        _datasetById = datasets.ToDictionary(d => d.Id);
        foreach (var f in forces)
            foreach (var name in f.Aliases.Split('|').Append(f.Name).Append(f.Slug).Where(n => n.Trim().Length > 0))
                _forceByName[NormaliseForceName(name)] = f;
        foreach (var o in offences) Register(o);
        foreach (var o in outcomes) _outcomeByCode[(o.Scheme, o.Code)] = o;
        foreach (var entry in policy.Entries)
            if (!_offenceById.Values.Any(entry.Matches))
                throw new InvalidDataException(
                    $"{SeriousnessPolicy.FileName}: the entry {entry.Match} '{entry.Value}' matches no known offence; check its spelling.");
    }

    /// <summary>Reads the reference tables (plain SQL: this runs at every start, see <see cref="ReferenceSync"/>).</summary>
    public static ReferenceData Load(SqliteConnection connection, SeriousnessPolicy policy, HomeOfficeCategoryRules rules) => new(
        Rows(connection, "SELECT Id, Slug, Name, Aliases, Nation FROM Forces", r => new Force
            { Id = r.GetInt32(0), Slug = r.GetString(1), Name = r.GetString(2), Aliases = r.GetString(3), Nation = r.GetString(4) }),
        Rows(connection, "SELECT Id, Slug, Name, Description FROM OffenceCategories", r => new OffenceCategory
            { Id = r.GetInt32(0), Slug = r.GetString(1), Name = r.GetString(2), Description = r.GetString(3) }),
        Rows(connection, "SELECT Id, Scheme, Code, Name, Subgroup, \"Group\", CategoryId FROM Offences", r => new Offence
        {
            Id = r.GetInt32(0), Scheme = r.GetString(1), Code = r.GetString(2), Name = r.GetString(3), Subgroup = r.GetString(4),
            Group = r.GetString(5), CategoryId = r.GetInt32(6),
        }),
        Rows(connection, "SELECT Id, Slug, Name, IsOutcome, Description FROM OutcomeClasses ORDER BY Id", r => new OutcomeClass
            { Id = r.GetInt32(0), Slug = r.GetString(1), Name = r.GetString(2), IsOutcome = r.GetBoolean(3), Description = r.GetString(4) }),
        Rows(connection, "SELECT Id, Scheme, Code, Name, ClassId FROM Outcomes", r => new Outcome
            { Id = r.GetInt32(0), Scheme = r.GetString(1), Code = r.GetString(2), Name = r.GetString(3), ClassId = r.GetInt32(4) }),
        Rows(connection, "SELECT Id, Key, Name, Publisher, Measure, PeriodKind, OffenceScheme, Description FROM Datasets ORDER BY Id", ReadDataset),
        policy, rules);

    /// <summary>A dataset row; the period kind is stored by name, as EF Core's enum-to-string conversion writes it.</summary>
    internal static Dataset ReadDataset(SqliteDataReader r) => new()
    {
        Id = r.GetInt32(0), Key = r.GetString(1), Name = r.GetString(2), Publisher = r.GetString(3), Measure = r.GetString(4),
        PeriodKind = Enum.Parse<PeriodKind>(r.GetString(5)), OffenceScheme = r.GetString(6), Description = r.GetString(7),
    };

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>Adds an offence the importer created (a Home Office code that is not in the reference list).</summary>
    internal void Register(Offence offence)
    {
        _offenceByCode[(offence.Scheme, offence.Code)] = offence;
        _offenceById[offence.Id] = offence;
        (_serious, _interval) = (null, null);
    }

    /// <summary>Adds a dataset a long-form import created.</summary>
    internal void RegisterDataset(Dataset dataset)
    {
        _datasets.Add(dataset);
        _datasetByKey[dataset.Key] = dataset;
        _datasetById[dataset.Id] = dataset;
    }

    /// <summary>Forgets an offence whose import was rolled back.</summary>
    internal void Unregister(Offence offence)
    {
        _offenceByCode.Remove((offence.Scheme, offence.Code));
        _offenceById.Remove(offence.Id);
        (_serious, _interval) = (null, null);
    }

    public Force? FindForce(string name) =>
        _forceByName.GetValueOrDefault(NormaliseForceName(name));

    /// <summary>Force names differ by "&amp;"/"and", hyphens and case between sources; compare them without those.</summary>
    public static string NormaliseForceName(string name) =>
        string.Join(' ', name.Replace("&", " and ").Replace('-', ' ').ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public Offence? FindOffence(string scheme, string code) => _offenceByCode.GetValueOrDefault((scheme, code.Trim()));
    public Offence OffenceById(int id) => _offenceById[id];
    public Outcome? FindOutcome(string scheme, string code) => _outcomeByCode.GetValueOrDefault((scheme, code.Trim()));

    public IEnumerable<Offence> OffencesOf(string scheme) => _offenceById.Values.Where(o => o.Scheme == scheme);

    private Dictionary<Queries.SeriousKind, HashSet<int>>? _serious;
    private SeriousnessInterval? _interval;

    /// <summary>Which coarse categories are in each bound, worked out once (and again after the importer adds an offence).</summary>
    public SeriousnessInterval Interval => _interval ??= new SeriousnessInterval(Categories, _offenceById.Values, Policy);

    /// <summary>
    /// The ids counted as serious, worked out once per kind: Home Office codes by the policy (exact in every kind),
    /// coarse categories' offences by the bound asked for (an exact count of them cannot be made: none are included).
    /// </summary>
    private HashSet<int> Serious(Queries.SeriousKind kind) => (_serious ??= Enum.GetValues<Queries.SeriousKind>().ToDictionary(k => k, k =>
        _offenceById.Values.Where(o => o.Scheme == OffenceSchemes.HomeOffice
            ? Policy.IsSerious(o)
            : k != Queries.SeriousKind.Exact && Interval.Counts(o.CategoryId, k)).Select(o => o.Id).ToHashSet()))[kind];

    /// <summary>Whether an offence counts as serious: Home Office codes exactly, coarse categories by the bound (upper by default).</summary>
    public bool IsSerious(int offenceId, Queries.SeriousKind kind = Queries.SeriousKind.Upper) => Serious(kind).Contains(offenceId);

    /// <summary>Ids of every offence counted as serious in this kind, for a query's serious-only filter or serious grouping.</summary>
    public IReadOnlyList<int> SeriousOffenceIds(Queries.SeriousKind kind = Queries.SeriousKind.Upper) => Serious(kind).Order().ToList();

    public OffenceCategory CategoryOf(int offenceId) => CategoryById[_offenceById[offenceId].CategoryId];

    /// <summary>True when some offence of this category is serious, and whether all of them are.</summary>
    public (bool Any, bool All) CategorySeriousness(int categoryId, string scheme)
    {
        var offences = _offenceById.Values.Where(o => o.CategoryId == categoryId && o.Scheme == scheme).ToList();
        var serious = offences.Count(Policy.IsSerious);
        return (serious > 0, offences.Count > 0 && serious == offences.Count);
    }
}
