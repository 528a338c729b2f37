using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Aggregated counts in wide form: one row per force and period (and offence, if given), one column per outcome type,
/// melted into a cell per outcome. The optional column of all outcomes lands its remainder after the listed types as
/// the outcome "other", so a share of all outcomes stays right. A row lands whole or not at all. Negative cells (the
/// Home Office publishes a few) are kept and reported, as the Home Office format does; a negative remainder is an error.
/// </summary>
internal sealed class WideFormRowParser : LongFormRowParser
{
    private readonly (int Column, Outcome Outcome)[] _outcomes;
    private readonly int _rest = -1;
    private readonly Outcome? _other;
    private readonly long[] _counts;

    public WideFormRowParser(CsvReader reader, ReferenceData refs, Dataset dataset, ColumnMap map) : base(reader, refs, dataset, map)
    {
        var scheme = dataset.OutcomeScheme;
        _outcomes = map.Wide.Select(kv => (Column(kv.Key), Refs.FindOutcome(scheme, kv.Value)
            ?? throw new InvalidDataException($"the wide column '{kv.Key}' is mapped to outcome '{kv.Value}', which is not a {scheme} outcome " +
                                              "(see data/reference/outcomes.csv)"))).ToArray();
        if (map.WideRest is { } rest)
        {
            _rest = Column(rest);
            _other = Refs.FindOutcome(scheme, ColumnMap.RestOutcome)
                     ?? throw new InvalidDataException($"the {scheme} outcomes have no '{ColumnMap.RestOutcome}' for the remainder of '{rest}'");
        }
        _counts = new long[_outcomes.Length];
    }

    public override RowProblem? Parse(IRowSink sink)
    {
        if (Period(out var year, out var period) is { } periodProblem) return periodProblem;
        if (Force(_force, out var force) is { } forceProblem) return forceProblem;
        if (Offence(out var offence) is { } offenceProblem) return offenceProblem;
        long listed = 0;
        for (var i = 0; i < _outcomes.Length; i++)
        {
            if (Count(_outcomes[i].Column, allowNegative: true, out _counts[i]) is { } countProblem) return countProblem;
            listed += _counts[i];
        }
        long rest = 0;
        if (_rest >= 0)
        {
            if (Count(_rest, allowNegative: false, out var all) is { } allProblem) return allProblem;
            rest = all - listed;
            if (rest < 0)
                return new RowProblem(HeaderName(_rest), Field(_rest),
                    $"all outcomes are fewer than the {listed:N0} of the outcome columns listed; the remainder cannot be negative");
        }
        for (var i = 0; i < _outcomes.Length; i++)
            sink.Add(new FactKey(Dataset.Id, force.Id, year, period, offence.Id, _outcomes[i].Outcome.Id), _counts[i]);
        if (_other is not null) sink.Add(new FactKey(Dataset.Id, force.Id, year, period, offence.Id, _other.Id), rest);
        return null;
    }
}
