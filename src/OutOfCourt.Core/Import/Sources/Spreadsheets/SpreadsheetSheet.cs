namespace OutOfCourt.Core.Import;

/// <summary>One sheet of a workbook: its name and its rows, read once, in order, as text cells.</summary>
internal sealed record SpreadsheetSheet(string Name, IEnumerable<string[]> Rows);
