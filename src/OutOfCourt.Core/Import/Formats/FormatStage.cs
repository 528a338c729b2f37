namespace OutOfCourt.Core.Import;

/// <summary>Which stage of the run reads a format's files (<see cref="Importer"/> runs them in this order).</summary>
internal enum FormatStage
{
    /// <summary>data.police.uk street files: parsed on every core, first, as outcome files are joined to their crimes.</summary>
    PoliceUkStreet,
    /// <summary>Files read row by row through the format's <see cref="RowParser"/>, one at a time.</summary>
    Rows,
    /// <summary>Formats that hold nothing to count: each file is reported as skipped.</summary>
    Skipped,
    /// <summary>No known format: each file is refused.</summary>
    Refused,
    /// <summary>data.police.uk outcome files: joined to the street crimes, last, force by force.</summary>
    PoliceUkOutcomes,
}
