using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Aggregated counts in long form (one row per force, period, offence and outcome with a count), such as the BBC
/// Data Unit's national table or a researcher's FOI table. Which column is which comes from a <see cref="ColumnMap"/>.
/// </summary>
internal class LongFormRowParser : RowParser
{
    protected readonly int _force, _count, _year, _month, _financialYear, _quarter, _crimeType, _offenceCode, _outcome;
    private readonly Offence _unknown;

    public LongFormRowParser(CsvReader reader, ReferenceData refs, Dataset dataset, ColumnMap map) : base(reader, refs)
    {
        Dataset = dataset;
        int Mapped(string role) => map[role] is { } column ? Column(column) : -1;
        _force = Mapped("force");
        _count = Mapped("count");
        _year = Mapped("year");
        _month = Mapped("month");
        _financialYear = Mapped("financial-year");
        _quarter = Mapped("quarter");
        _crimeType = Mapped("crime-type");
        _offenceCode = Mapped("offence-code");
        _outcome = Mapped("outcome");
        var expected = _month >= 0 ? PeriodKind.Month
            : _financialYear >= 0 ? (_quarter >= 0 ? PeriodKind.FinancialQuarter : PeriodKind.FinancialYear)
            : PeriodKind.CalendarYear;
        if (expected != dataset.PeriodKind)
            throw new InvalidDataException(
                $"the column map gives periods by {expected.Slug()}, but dataset '{dataset.Key}' is by {dataset.PeriodKind.Slug()}; " +
                "one dataset never mixes period kinds.");
        _unknown = refs.FindOffence(OffenceSchemes.PoliceUk, "Unknown")!;
    }

    public override Dataset Dataset { get; }

    public override RowProblem? Parse(IRowSink sink)
    {
        if (Period(out var year, out var period) is { } periodProblem) return periodProblem;
        if (Force(_force, out var force) is { } forceProblem) return forceProblem;
        if (Offence(out var offence) is { } offenceProblem) return offenceProblem;
        var scheme = Dataset.OutcomeScheme;
        var outcomeText = Field(_outcome);
        var outcome = Refs.FindOutcome(scheme, outcomeText);
        if (outcome is null)
            return new RowProblem(HeaderName(_outcome), outcomeText, $"unknown {scheme} outcome (see data/reference/outcomes.csv)");
        if (Count(_count, allowNegative: false, out var count) is { } countProblem) return countProblem;
        sink.Add(new FactKey(Dataset.Id, force.Id, year, period, offence.Id, outcome.Id), count);
        return null;
    }

    protected RowProblem? Period(out int year, out int period)
    {
        period = 0;
        if (_month >= 0) return Month(_month, out year, out period);
        var column = _year >= 0 ? _year : _financialYear;
        var text = Field(column).Replace('-', '/');
        if (!PeriodKinds.TryParseYear(text, out year) || year < 2000 || year > 2100)
            return new RowProblem(HeaderName(column), Field(column),
                Dataset.PeriodKind.IsFinancial() ? "not a financial year such as 2016/17" : "not a year such as 2016");
        if (_quarter < 0) return null;
        var q = Field(_quarter).TrimStart('Q', 'q');
        if (q.Length != 1 || q[0] < '1' || q[0] > '4') return new RowProblem(HeaderName(_quarter), Field(_quarter), "not a quarter (1 to 4)");
        period = q[0] - '0';
        return null;
    }

    protected RowProblem? Offence(out Offence offence)
    {
        offence = _unknown;
        if (_crimeType >= 0) return CrimeType(_crimeType, out offence);
        if (_offenceCode < 0) return null;
        var code = Field(_offenceCode);
        offence = Refs.FindOffence(OffenceSchemes.HomeOffice, code)!;
        return offence is null ? new RowProblem(HeaderName(_offenceCode), code, "unknown Home Office offence code") : null;
    }
}
