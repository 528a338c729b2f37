using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Home Office crime outcomes open data: counts by force, financial quarter, offence code and outcome type, with two
/// count bases. Each row feeds two datasets, one per basis, which are never added together.
/// </summary>
internal sealed class HomeOfficeRowParser : RowParser
{
    private static readonly HashSet<string> NotAvailable = new(StringComparer.OrdinalIgnoreCase) { "N/A", "n/a", "NA", "N.A.", "#N/A", "..", "-", "" };
    /// <summary>0 is "not yet assigned" (not an outcome); 1a/2a/3a are already counted inside 1/2/3.</summary>
    private static readonly HashSet<string> ExcludedOutcomes = new(StringComparer.OrdinalIgnoreCase) { "0", "1a", "2a", "3a" };

    private readonly int _year, _quarter, _force, _code, _description, _group, _subgroup, _outcome, _recorded, _closed;
    private readonly Dataset _recordedDataset;
    private readonly HomeOfficeKeptApart _keptApart = new();

    public HomeOfficeRowParser(CsvReader reader, ReferenceData refs) : base(reader, refs)
    {
        var h = FormatHeaders.HomeOffice;
        _year = Column(h[0]);
        _quarter = Column(h[1]);
        _force = Column(h[2]);
        _code = Column(h[3]);
        _description = OptionalColumn(h[4]);
        _group = OptionalColumn(h[5]);
        _subgroup = OptionalColumn(h[6]);
        _outcome = Column(h[8]);
        _recorded = Column(h[11], AliasesOf(h[11]));
        _closed = Column(h[12], AliasesOf(h[12]));
        Dataset = refs.DatasetByKey["home-office-closed"];
        _recordedDataset = refs.DatasetByKey["home-office-recorded"];
    }

    private static string[] AliasesOf(string name) =>
        FormatHeaders.HomeOfficeAliases.Where(kv => kv.Value == name).Select(kv => kv.Key).ToArray();

    public override Dataset Dataset { get; }
    public override long RowsKeptApart => _keptApart.Rows;
    public override IEnumerable<string> Notes => _keptApart.Notes();

    public override RowProblem? Parse(IRowSink sink)
    {
        var yearText = Field(_year).Replace('-', '/');
        if (!PeriodKinds.TryParseYear(yearText, out var year) || year < 2000 || year > 2100)
            return new RowProblem(HeaderName(_year), Field(_year), "not a financial year such as 2016/17");
        var quarterText = Field(_quarter).TrimStart('Q', 'q');
        if (quarterText.Length == 0 || quarterText[0] < '1' || quarterText[0] > '4' || (quarterText.Length > 1 && char.IsDigit(quarterText[1])))
            return new RowProblem(HeaderName(_quarter), Field(_quarter), "not a financial quarter (Q1 to Q4, Q1 = April to June)");
        var quarter = quarterText[0] - '0';
        if (CentralFraudBodies.Is(Field(_force)))
        {
            _keptApart.FraudBody(Field(_force), long.TryParse(Field(_closed).Replace(",", ""), out var n) ? n : 0);
            return null;
        }
        if (Force(_force, out var force) is { } forceProblem) return forceProblem;
        if (NotProvided(_outcome) || NotProvided(_recorded) || NotProvided(_closed))
        {
            _keptApart.NotProvided(force.Name, PeriodKind.FinancialYear.YearLabel(year));
            return null;
        }

        var outcomeCode = Field(_outcome);
        if (ExcludedOutcomes.Contains(outcomeCode))
        {
            ExcludedByRule++;
            return null;
        }
        var outcome = Refs.FindOutcome(OffenceSchemes.HomeOffice, outcomeCode);
        if (outcome is null)
            return new RowProblem(HeaderName(_outcome), outcomeCode,
                "unknown Home Office outcome type; expected 1 to 22 (0, 1a, 2a and 3a are left out by rule)");

        if (Offence(sink, out var offence) is { } offenceProblem) return offenceProblem;
        if (Basis(_recorded, out var recorded) is { } p1) return p1;
        if (Basis(_closed, out var closed) is { } p2) return p2;

        if (closed is { } c) sink.Add(new FactKey(Dataset.Id, force.Id, year, quarter, offence.Id, outcome.Id), c);
        if (recorded is { } r) sink.Add(new FactKey(_recordedDataset.Id, force.Id, year, quarter, offence.Id, outcome.Id), r);
        return null;
    }

    /// <summary>Workbooks say "data not provided" (or "not provided") where a force sent nothing for a year: a gap, not a zero.</summary>
    private bool NotProvided(int column) => Field(column).Contains("not provided", StringComparison.OrdinalIgnoreCase);

    /// <summary>A count of one basis; the "N/A" spellings Home Office files use mean a missing value (null, never stored as 0).</summary>
    private RowProblem? Basis(int column, out long? count)
    {
        count = null;
        if (NotAvailable.Contains(Field(column)))
        {
            _keptApart.Missing();
            return null;
        }
        var problem = Count(column, allowNegative: true, out var value);
        if (problem is null) count = value;
        return problem;
    }

    /// <summary>Codes change between years, so a code missing from the reference list is added from the row's own description.</summary>
    private RowProblem? Offence(IRowSink sink, out Offence offence)
    {
        var code = Field(_code);
        offence = Refs.FindOffence(OffenceSchemes.HomeOffice, code)!;
        if (offence is not null) return null;
        if (code.Length == 0) return new RowProblem(HeaderName(_code), code, "the offence code is missing");
        var candidate = new Offence
        {
            Scheme = OffenceSchemes.HomeOffice, Code = code,
            Name = Field(_description) is { Length: > 0 } d ? d : code,
            Group = Field(_group), Subgroup = Field(_subgroup),
        };
        var category = Refs.HomeOfficeRules.CategoryFor(candidate);
        if (category is null || !Refs.CategoryBySlug.TryGetValue(category, out var cat))
            return new RowProblem(HeaderName(_code), code,
                $"offence code not in the reference list, and its group '{candidate.Group}' / subgroup '{candidate.Subgroup}' maps to no category " +
                "in data/reference/home-office-offence-categories.csv");
        candidate.CategoryId = cat.Id;
        offence = sink.AddOffence(candidate);
        return null;
    }
}
