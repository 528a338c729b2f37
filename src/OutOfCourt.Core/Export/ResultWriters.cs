using System.Text.Json;
using CsvHelper;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Export;

/// <summary>Writes a query result as CSV or JSON. Used by the CLI now and by downloads and the API.</summary>
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
            foreach (var line in ProvenanceLines(result)) csv.WriteComment(line);
        csv.WriteRecord(table.Columns.Select(Neutralise).ToArray());
        // The count column is a number we wrote ourselves (a Home Office count can be negative): left as it is.
        foreach (var row in table.Rows) csv.WriteRecord(row.Select((cell, i) => i == row.Count - 1 ? cell : Neutralise(cell)).ToArray());
        csv.Flush();
    }

    public static void WriteJson(QueryResult result, Stream output)
    {
        var table = ResultTable.From(result);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("dataset", result.Dataset.Key);
        json.WriteString("datasetName", result.Dataset.Name);
        json.WriteBoolean("datasetIsDefault", result.DatasetIsDefault);
        json.WriteString("description", result.Description);
        json.WriteString("seriousnessPolicyVersion", result.PolicyVersion);
        json.WriteStartObject("filters");
        json.WriteString("forces", string.Join(",", result.Filter.Forces));
        json.WriteString("offence", result.Filter.Offence);
        if (result.Filter.YearFrom is { } from) json.WriteNumber("from", from); else json.WriteNull("from");
        if (result.Filter.YearTo is { } to) json.WriteNumber("to", to); else json.WriteNull("to");
        json.WriteString("outcome", result.Filter.Outcome);
        json.WriteBoolean("serious", result.Filter.SeriousOnly);
        json.WriteString("by", string.Join(",", result.GroupBy.Select(g => g.Name())));
        json.WriteEndObject();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i] == "count") json.WriteNumber("count", long.Parse(row[i], System.Globalization.CultureInfo.InvariantCulture));
                else json.WriteString(table.Columns[i], row[i]);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static IEnumerable<string> ProvenanceLines(QueryResult result)
    {
        yield return $"OutOfCourt: {result.Description}";
        yield return $"dataset: {result.Dataset.Key} ({result.Dataset.Name}; {result.Dataset.Publisher})" + (result.DatasetIsDefault ? " [default dataset]" : "");
        if (result.GroupBy.Count > 0) yield return $"grouped by: {string.Join(", ", result.GroupBy.Select(g => g.Name()))}";
        yield return $"seriousness policy version: {result.PolicyVersion}";
        yield return $"generated: {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}";
        yield return "Contains public sector information licensed under the Open Government Licence v3.0.";
    }

    /// <summary>Stops a spreadsheet from treating a cell as a formula (OWASP CSV injection guidance).</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
