namespace OutOfCourt.Core.Import;

/// <summary>The documented header rows of the formats read by name, and how header names are compared.</summary>
public static class FormatHeaders
{
    public static readonly string[] Street =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type",
         "Last outcome category", "Context"];
    public static readonly string[] Outcomes =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type"];
    public static readonly string[] HomeOffice =
        ["Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Offence Description", "Offence Group", "Offence Subgroup",
         "Offence Code Expired", "Outcome Type", "Outcome Description", "Outcome Group",
         "Number of Outcomes for offences that were recorded in the quarter", "Number of Outcomes for investigations that were closed in the quarter"];

    /// <summary>Header variants seen in Home Office releases, mapped to the documented names.</summary>
    public static readonly IReadOnlyDictionary<string, string> HomeOfficeAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Outcomes for offences that were recorded in the quarter"] = HomeOffice[11],
        ["Outcomes for investigations closed in the quarter"] = HomeOffice[12],
        ["Outcomes for investigations that were closed in the quarter"] = HomeOffice[12],
        // Workbook releases (2014/15 on) word them again: "Force outcomes ..." and the number of outcomes without "Number of" capitalised.
        ["Force outcomes for offences recorded in the quarter"] = HomeOffice[11],
        ["Force outcomes for offences that were recorded in the quarter"] = HomeOffice[11],
        ["Force outcomes for investigations closed in the quarter"] = HomeOffice[12],
        ["Force outcomes for investigations that were closed in the quarter"] = HomeOffice[12],
        ["Number of outcomes for investigations closed in the quarter"] = HomeOffice[12],
        ["Number of outcomes for offences recorded in the quarter"] = HomeOffice[11],
    };

    /// <summary>Header names compared without case, surrounding space or doubled spaces.</summary>
    public static string Normalise(string name) =>
        string.Join(' ', name.Trim().Trim('\uFEFF').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
