using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// data.police.uk outcomes file: one row per outcome event, dated by the month of the outcome. The file has no
/// crime type; it comes from the street row with the same Crime ID, or is Unknown when no imported street file has it.
/// </summary>
internal sealed class OutcomeEventRowParser : RowParser
{
    private readonly int _crimeId, _month, _force, _outcome;
    private readonly Offence _unknown;

    public OutcomeEventRowParser(CsvReader reader, ReferenceData refs) : base(reader, refs)
    {
        _crimeId = Column("Crime ID");
        _month = Column("Month");
        _force = Column("Reported by");
        _outcome = Column("Outcome type");
        Dataset = refs.DatasetByKey["police-uk-outcomes"];
        _unknown = refs.FindOffence(OffenceSchemes.PoliceUk, "Unknown")
                   ?? throw new InvalidDataException("data/reference/police-uk-crime-types.csv lacks the 'Unknown' crime type.");
    }

    public override Dataset Dataset { get; }

    public override RowProblem? Parse(IRowSink sink)
    {
        if (Month(_month, out var year, out var month) is { } p1) return p1;
        if (Force(_force, out var force) is { } p2) return p2;
        if (PoliceUkOutcome(_outcome, out var outcome) is { } p3) return p3;
        var crimeId = Field(_crimeId);
        var offenceId = crimeId.Length > 0 ? sink.LookupCrime(crimeId) : null;
        if (offenceId is not null) Joined++;
        sink.Add(new FactKey(Dataset.Id, force.Id, year, month, offenceId ?? _unknown.Id, outcome.Id), 1);
        return null;
    }
}
