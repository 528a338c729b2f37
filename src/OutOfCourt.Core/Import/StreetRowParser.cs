using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>data.police.uk street file: one row per crime (or anti-social behaviour incident), counted by its last outcome.</summary>
internal sealed class StreetRowParser : RowParser
{
    private readonly int _crimeId, _month, _force, _crimeType, _outcome;

    public StreetRowParser(CsvReader reader, ReferenceData refs) : base(reader, refs)
    {
        _crimeId = Column("Crime ID");
        _month = Column("Month");
        _force = Column("Reported by");
        _crimeType = Column("Crime type");
        _outcome = Column("Last outcome category");
        Dataset = refs.DatasetByKey["police-uk-street"];
    }

    public override Dataset Dataset { get; }

    public override RowProblem? Parse(IRowSink sink)
    {
        if (Month(_month, out var year, out var month) is { } p1) return p1;
        if (Force(_force, out var force) is { } p2) return p2;
        if (CrimeType(_crimeType, out var offence) is { } p3) return p3;
        if (PoliceUkOutcome(_outcome, out var outcome) is { } p4) return p4;
        sink.Add(new FactKey(Dataset.Id, force.Id, year, month, offence.Id, outcome.Id), 1);
        var crimeId = Field(_crimeId);
        if (crimeId.Length > 0) sink.RememberCrime(crimeId, offence.Id);
        return null;
    }
}
