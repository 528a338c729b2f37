using OutOfCourt.Core.Domain;
using System.Globalization;
using System.Text.Json;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Export;

/// <summary>
/// The one JSON writer: query results (the CLI and /api/v1/counts, shape in docs/exports.md) and charts' tables
/// (/charts/{name}.json) share its options and its rows, an object per row keyed by column name.
/// </summary>
public static class JsonExport
{
    private static readonly JsonWriterOptions Options =
        new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A query result: the dataset, its filters as asked, and the rows with the count as a number.</summary>
    public static void WriteResult(QueryResult result, Stream output)
    {
        var table = ResultTable.From(result);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("dataset", result.Dataset.Key);
        json.WriteString("datasetName", result.Dataset.Name);
        json.WriteBoolean("datasetIsDefault", result.DatasetIsDefault);
        json.WriteString("description", result.Description);
        json.WriteString("seriousnessPolicyVersion", result.PolicyVersion);
        if (result.CountsSerious) json.WriteString("seriousCount", result.SeriousKind.Name()); else json.WriteNull("seriousCount");
        if (result.CountsSerious) json.WriteString("seriousCountMeans", result.SeriousKind.Counted()); else json.WriteNull("seriousCountMeans");
        if (result.NewestData is { } newest) json.WriteString("newestData", newest); else json.WriteNull("newestData");
        json.WriteStartObject("filters");
        json.WriteString("forces", string.Join(",", result.Filter.Forces));
        json.WriteString("offence", result.Filter.Offence);
        if (result.Filter.YearFrom is { } from) json.WriteNumber("from", from); else json.WriteNull("from");
        if (result.Filter.YearTo is { } to) json.WriteNumber("to", to); else json.WriteNull("to");
        json.WriteString("outcome", result.Filter.Outcome);
        json.WriteBoolean("serious", result.Filter.SeriousOnly);
        json.WriteString("seriousBound", result.Filter.SeriousBound.Name());
        json.WriteString("by", string.Join(",", result.GroupBy.Select(g => g.Name())));
        json.WriteEndObject();
        WriteRows(json, table, (column, _) => column == "count");
        WriteCoverage(json, result);
        json.WriteEndObject();
    }

    /// <summary>
    /// A labelled table (a chart's): its provenance and summary, the column names, then the rows. The first column
    /// labels the rows and stays text; in the others a number is written as one and an empty cell (a gap) as null.
    /// </summary>
    public static void WriteTable(Provenance provenance, string summary, ResultTable table, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("title", provenance.Title);
        json.WriteString("filters", provenance.Filters);
        json.WriteString("summary", summary);
        json.WriteString("dataset", provenance.Dataset);
        json.WriteString("source", provenance.Source);
        json.WriteString("seriousnessPolicyVersion", provenance.PolicyVersion);
        if (provenance.SeriousCount is { } kind) json.WriteString("seriousCount", kind.Name()); else json.WriteNull("seriousCount");
        if (provenance.NewestData is { } newest) json.WriteString("newestData", newest); else json.WriteNull("newestData");
        if (provenance.DataImported is null) json.WriteNull("dataImported"); else json.WriteString("dataImported", provenance.DataImportedText);
        json.WriteString("generated", provenance.GeneratedText);
        json.WriteString("permalink", provenance.Permalink);
        WriteStrings(json, "notes", provenance.Notes);
        WriteStrings(json, "columns", table.Columns);
        var label = table.Columns[0];
        WriteRows(json, table, (column, cell) => column != label && (cell.Length == 0 || IsNumber(cell)));
        json.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter json, ResultTable table, Func<string, string, bool> isNumeric)
    {
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var (column, cell) = (table.Columns[i], row[i]);
                if (!isNumeric(column, cell)) json.WriteString(column, cell);
                else if (cell.Length == 0) json.WriteNull(column);
                else if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) json.WriteNumber(column, whole);
                else json.WriteNumber(column, double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    /// <summary>
    /// Which force-years the rows stand on (docs/exports.md): rows hold only counts above 0, so a force-year marked
    /// covered with no row is a 0, one marked "no data" is missing and one marked "probable gap" should not be read as a fall.
    /// </summary>
    private static void WriteCoverage(Utf8JsonWriter json, QueryResult result)
    {
        json.WriteStartArray("coverage");
        foreach (var c in result.Coverage)
        {
            json.WriteStartObject();
            json.WriteString("force", c.Force.Slug);
            json.WriteString("year", result.Dataset.PeriodKind.YearLabel(c.Year));
            json.WriteNumber("periods", c.Periods);
            json.WriteNumber("periodsPerYear", c.PeriodsPerYear);
            json.WriteString("status", c.Status);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("probableGaps");
        foreach (var g in result.ProbableGaps)
        {
            json.WriteStartObject();
            if (g.Force is { } f) json.WriteString("force", f.Slug); else json.WriteNull("force");
            json.WriteString("year", result.Dataset.PeriodKind.YearLabel(g.Year));
            if (g.OutcomeClass is { } o) json.WriteString("outcome", o.Slug); else json.WriteNull("outcome");
            json.WriteNumber("count", g.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
