using System.Globalization;
using System.Text.Json;
using CsvHelper;
using OutOfCourt.Core.Export;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// The rows behind one chart, exactly as its table shows them and in the same order, as CSV or JSON, each with a
/// header that says what they are: title, filters, source, dataset, seriousness-policy version, time of generation.
/// </summary>
public static class ChartData
{
    /// <summary>Column names and raw cells (numbers unformatted; a gap is empty).</summary>
    public static (List<string> Columns, List<List<string>> Rows) Table(ChartSpec chart)
    {
        var columns = new List<string> { chart.CategoryHeading };
        foreach (var s in chart.Series)
        {
            columns.Add(chart.Format == ValueFormat.Percent ? $"{s.Name} (%)" : s.Name);
            if (s.Denominators is not null) columns.Add($"{s.Name}: outcomes (denominator)");
        }
        columns.AddRange(chart.ExtraColumns.Select(c => c.Raw is not null && c.Heading.StartsWith("Share", StringComparison.Ordinal) ? c.Heading + " (%)" : c.Heading));
        // Shown columns hold formatted text; downloads take their raw values where there are some.
        var rows = chart.Labels.Select((label, i) =>
        {
            var row = new List<string> { label };
            foreach (var s in chart.Series)
            {
                row.Add(s.Values[i] is { } v ? (chart.Format == ValueFormat.Percent ? v.ToString("0.###", CultureInfo.InvariantCulture) : v.ToString("0", CultureInfo.InvariantCulture)) : "");
                if (s.Denominators is not null) row.Add(s.Denominators[i]?.ToString(CultureInfo.InvariantCulture) ?? "");
            }
            row.AddRange(chart.ExtraColumns.Select(c => (c.Raw ?? c.Cells)[i]));
            return row;
        }).ToList();
        return (columns, rows);
    }

    public static IEnumerable<(string Key, string Value)> Provenance(ChartSpec chart, string permalink, DateTimeOffset generated)
    {
        yield return ("title", chart.Title);
        yield return ("filters", chart.Subtitle);
        yield return ("dataset", chart.Dataset);
        yield return ("source", chart.Source.StartsWith("Source: ", StringComparison.Ordinal) ? chart.Source["Source: ".Length..] : chart.Source);
        yield return ("seriousness policy version", chart.PolicyVersion);
        yield return ("data imported", chart.ImportedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        yield return ("generated", generated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        yield return ("permalink", permalink);
        foreach (var note in chart.Notes) yield return ("note", note);
    }

    /// <summary>CSV: leading "#" comment lines (spreadsheet users can skip them: the first line without # is the header), then the table.</summary>
    public static async Task WriteCsvAsync(ChartSpec chart, string permalink, DateTimeOffset generated, Stream output)
    {
        // A chart's rows are few: written to memory first (CsvHelper writes synchronously, which a response stream refuses).
        var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, OutOfCourt.Core.Csv.WriterOptions, leaveOpen: true))
        {
            foreach (var (key, value) in Provenance(chart, permalink, generated)) csv.WriteComment($" {key}: {value}");
            var (columns, rows) = Table(chart);
            csv.WriteRecord(columns.Select(ResultWriters.Neutralise).ToArray());
            foreach (var row in rows) csv.WriteRecord(row.Select(ResultWriters.Neutralise).ToArray());
        }
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(text.ToString());
        await output.WriteAsync(bytes);
    }

    public static async Task WriteJsonAsync(ChartSpec chart, string permalink, DateTimeOffset generated, Stream output)
    {
        var (columns, rows) = Table(chart);
        var document = new Dictionary<string, object?>
        {
            ["title"] = chart.Title,
            ["filters"] = chart.Subtitle,
            ["summary"] = chart.Summary,
            ["dataset"] = chart.Dataset,
            ["source"] = chart.Source,
            ["seriousnessPolicyVersion"] = chart.PolicyVersion,
            ["dataImported"] = chart.ImportedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["generated"] = generated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["permalink"] = permalink,
            ["notes"] = chart.Notes,
            ["columns"] = columns,
            ["rows"] = rows.Select(r => columns.Zip(r).ToDictionary(p => p.First, p => (object?)(double.TryParse(p.Second, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && p.First != chart.CategoryHeading ? d : p.Second.Length == 0 && p.First != chart.CategoryHeading ? null : p.Second))),
        };
        await JsonSerializer.SerializeAsync(output, document, new JsonSerializerOptions
            { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
