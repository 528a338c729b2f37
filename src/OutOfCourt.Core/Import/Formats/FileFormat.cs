namespace OutOfCourt.Core.Import;

/// <summary>The formats the importer reads, told apart by their header row (never by file name).</summary>
public enum FileFormat
{
    Unknown,
    PoliceUkStreet,
    PoliceUkOutcomes,
    HomeOfficeOutcomes,
    LongForm,
    /// <summary>data.police.uk stop-and-search files sit beside the others in the archive; they hold no outcomes of crimes.</summary>
    PoliceUkStopAndSearch,
}

public static class FileFormats
{
    public static readonly string[] StreetHeader =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"];
    public static readonly string[] OutcomesHeader =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type"];
    public static readonly string[] HomeOfficeHeader =
        ["Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Offence Description", "Offence Group", "Offence Subgroup",
         "Offence Code Expired", "Outcome Type", "Outcome Description", "Outcome Group",
         "Number of Outcomes for offences that were recorded in the quarter", "Number of Outcomes for investigations that were closed in the quarter"];

    /// <summary>Header variants seen in Home Office releases, mapped to the documented names.</summary>
    public static readonly IReadOnlyDictionary<string, string> HomeOfficeAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Outcomes for offences that were recorded in the quarter"] = HomeOfficeHeader[11],
        ["Outcomes for investigations closed in the quarter"] = HomeOfficeHeader[12],
        ["Outcomes for investigations that were closed in the quarter"] = HomeOfficeHeader[12],
    };

    public static string Name(this FileFormat f) => f switch
    {
        FileFormat.PoliceUkStreet => "data.police.uk street",
        FileFormat.PoliceUkOutcomes => "data.police.uk outcomes",
        FileFormat.HomeOfficeOutcomes => "Home Office outcomes",
        FileFormat.LongForm => "long-form aggregate",
        FileFormat.PoliceUkStopAndSearch => "data.police.uk stop and search",
        _ => "unknown",
    };

    public static FileFormat Detect(IReadOnlyList<string> header)
    {
        var h = new HashSet<string>(header.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        bool Has(params string[] names) => names.All(n => h.Contains(Normalise(n)));
        if (Has("Crime ID", "Month", "Reported by", "Crime type", "Last outcome category")) return FileFormat.PoliceUkStreet;
        if (Has("Crime ID", "Month", "Reported by", "Outcome type")) return FileFormat.PoliceUkOutcomes;
        if (Has("Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Outcome Type")) return FileFormat.HomeOfficeOutcomes;
        if (Has("Type", "Date", "Part of a policing operation")) return FileFormat.PoliceUkStopAndSearch;
        return FileFormat.Unknown;
    }

    /// <summary>Header names compared without case, surrounding space or doubled spaces.</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Trim().Trim('\uFEFF').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static string ExpectedHeaders() =>
        $"expected the header of a data.police.uk street file ({string.Join(",", StreetHeader)}), " +
        $"a data.police.uk outcomes file ({string.Join(",", OutcomesHeader)}) " +
        $"or a Home Office outcomes file ({string.Join(",", HomeOfficeHeader)}); " +
        "for any other table of counts give a column map with --map (see `import --help`)";
}
