using CsvHelper;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Export;

/// <summary>Writes a query result as CSV or JSON: the CLI, the downloads and the API.</summary>
public static class ResultWriters
{
    /// <summary>
    /// CSV with a header row and the count last. Cells that a spreadsheet would run as a formula (starting with
    /// = + - @, tab or carriage return) get a leading apostrophe. With <paramref name="provenance"/>, leading "#"
    /// comment lines say what the file shows.
    /// </summary>
    public static void WriteCsv(QueryResult result, TextWriter output, bool provenance = false)
    {
        var table = ResultTable.From(result);
        using var csv = CsvWriter.Create(output, OutOfCourt.Core.Csv.WriterOptions, leaveOpen: true);
        if (provenance)
            foreach (var line in Provenance.Lines(result, DateTimeOffset.UtcNow)) csv.WriteComment(line);
        csv.WriteRecord(table.Columns.Select(Neutralise).ToArray());
        // The count column is a number we wrote ourselves (a Home Office count can be negative): left as it is.
        foreach (var row in table.Rows) csv.WriteRecord(row.Select((cell, i) => i == row.Count - 1 ? cell : Neutralise(cell)).ToArray());
        csv.Flush();
    }

    /// <summary>JSON as documented in docs/exports.md, written by the one JSON writer (<see cref="JsonExport"/>).</summary>
    public static void WriteJson(QueryResult result, Stream output) => JsonExport.WriteResult(result, output);

    /// <summary>Stops a spreadsheet from treating a cell as a formula (OWASP CSV injection guidance).</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
