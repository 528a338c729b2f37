namespace OutOfCourt.Web.Charts;

/// <summary>A table-only column: cells as shown, and for downloads the raw values (numbers unformatted); export-only columns are not shown.</summary>
public sealed record TableColumn(string Heading, IReadOnlyList<string> Cells, IReadOnlyList<string>? Raw = null, bool ExportOnly = false);
