using OutOfCourt.DataGenerator;

namespace OutOfCourt.Core.Tests.Import.Workbooks;

/// <summary>
/// A Home Office outcomes workbook in the published layout, built for the tests: cover, notes and a summary sheet whose
/// first rows are figures sit before the data sheet, whose header is on row 3 under a title, in a later year's wording.
/// </summary>
internal static class HomeOfficeWorkbookLayout
{
    public static readonly object?[] Header =
    [
        "Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Offence Description", "Offence Group", "Offence Subgroup",
        "Offence Code Expired", "Outcome Type", "Outcome Description", "Outcome Group",
        "Force outcomes for offences recorded in the quarter", "Force outcomes for investigations closed in the quarter",
    ];

    /// <summary>
    /// The data rows. Community resolutions (outcome 8), investigations-closed basis: Greater Manchester 88A 4, 10A 2,
    /// 37.2 9; Metropolitan 58A 7; Devon and Cornwall 56A 1. Outcome 0 and 1a rows are left out by rule; the fraud
    /// bodies' 155 closed outcomes are kept apart; Cleveland's year is "data not provided"; two recorded counts are N/A.
    /// </summary>
    public static readonly object?[][] DataRows =
    [
        ["2016/17", "Q1", "Greater Manchester", "88A", "Sexual grooming", "Sexual offences", "Other sexual offences", null, 8, "Community Resolution",
            "Out-of-court (informal)", 3, 4],
        ["2016/17", "Q1", "Greater Manchester", "88A", "Sexual grooming", "Sexual offences", "Other sexual offences", null, 1, "Charged/Summonsed",
            "Charged/Summonsed", 10, 12],
        ["2016/17", "Q1", "Greater Manchester", "88A", "Sexual grooming", "Sexual offences", "Other sexual offences", null, "1a",
            "Charged/Summonsed - alternate offence", "Charged/Summonsed", 2, 2],
        ["2016/17", "Q1", "Greater Manchester", "88A", "Sexual grooming", "Sexual offences", "Other sexual offences", null, 0, "Not yet assigned an outcome",
            "Not yet assigned", 40, 0],
        ["2016/17", "Q2", "Greater Manchester Police", "10A", "Possession of firearms with intent", "Possession of weapons offences", null, null, 8,
            "Community Resolution", "Out-of-court (informal)", 1, 2],
        ["2016/17", "Q2", "Metropolitan Police", "58A", "Criminal damage to a dwelling", "Criminal damage and arson", "Criminal damage", null, 8,
            "Community Resolution", "Out-of-court (informal)", "N/A", 7],
        ["2016/17", "Q3", "Devon and Cornwall", "56A", "Arson endangering life", "Criminal damage and arson", "Arson", "x", 8, "Community Resolution",
            "Out-of-court (informal)", -1, 1],
        ["2016/17", "Q1", "Action Fraud", "53A", "Cheque, plastic card and online bank accounts", "Fraud offences", "Fraud", null, 18,
            "Investigation complete - no suspect identified", "Investigation complete", 90, 120],
        ["2016/17", "Q1", "CIFAS", "53A", "Cheque, plastic card and online bank accounts", "Fraud offences", "Fraud", null, 18,
            "Investigation complete - no suspect identified", "Investigation complete", 30, 35],
        ["2016/17", "Q1", "Cleveland", null, null, null, null, null, "data not provided", null, null, "data not provided", "data not provided"],
        ["2017/18", "Q1", "Greater Manchester", 37.2, "Aggravated vehicle taking", "Theft offences", "Theft of a motor vehicle", null, 8,
            "Community Resolution", "Out-of-court (informal)", "n/a", 9],
    ];

    public static IEnumerable<(string Name, IEnumerable<object?[]> Rows)> Sheets(object?[][]? dataRows = null) =>
    [
        ("Cover", [["Police recorded crime and outcomes open data tables"], ["Home Office"], [], ["Released 23 July 2026"]]),
        ("Notes", [["Notes"], ["1. Outcome type 0: not yet assigned an outcome."], ["2. Force Name: the police force area."]]),
        // A summary sheet whose first rows are figures, then a header-like row of its own that is not the data's.
        ("Summary", [[2016, 1234567, 0.12], [2017, 1345678, 0.11], [], ["Financial Year", "Outcomes"]]),
        ("Data", [["Crime outcomes in England and Wales: open data"], [], Header, .. dataRows ?? DataRows]),
    ];

    public static string WriteXlsx(string path, object?[][]? dataRows = null)
    {
        using var writer = XlsxWriter.Create(path);
        foreach (var (name, rows) in Sheets(dataRows)) writer.AddSheet(name, rows);
        return path;
    }

    public static string WriteOds(string path)
    {
        OdsTestWriter.Write(path, Sheets());
        return path;
    }

    /// <summary>The same data sheet as its CSV export would be.</summary>
    public static string Csv() =>
        string.Join("\n", new[] { Header }.Concat(DataRows).Select(r => string.Join(",", r.Select(Field)))) + "\n";

    private static string Field(object? cell) =>
        Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) is { } s && s.Contains(',') ? $"\"{s}\"" : Convert.ToString(cell,
            System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
