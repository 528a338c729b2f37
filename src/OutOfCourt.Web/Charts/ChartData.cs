using System.Globalization;
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
    public static ResultTable Table(ChartSpec chart)
    {
        var columns = new List<string> { chart.CategoryHeading };
        foreach (var s in chart.Series)
        {
            columns.Add(chart.Format == ValueFormat.Percent ? $"{s.Name} (%)" : s.Name);
            if (s.Denominators is not null) columns.Add($"{s.Name}: outcomes (denominator)");
        }
        columns.AddRange(chart.ExtraColumns.Select(c =>
            c.Raw is not null && c.Heading.StartsWith("Share", StringComparison.Ordinal) ? c.Heading + " (%)" : c.Heading));
        // Shown columns hold formatted text; downloads take their raw values where there are some.
        var rows = chart.Labels.Select((label, i) =>
        {
            var row = new List<string> { label };
            foreach (var s in chart.Series)
            {
                row.Add(s.Values[i] is { } v ? v.ToString(chart.Format == ValueFormat.Percent ? "0.###" : "0", CultureInfo.InvariantCulture) : "");
                if (s.Denominators is not null) row.Add(s.Denominators[i]?.ToString(CultureInfo.InvariantCulture) ?? "");
            }
            row.AddRange(chart.ExtraColumns.Select(c => (c.Raw ?? c.Cells)[i]));
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new ResultTable(columns, rows);
    }

    /// <summary>What the file says about itself (<see cref="Core.Export.Provenance"/>).</summary>
    public static Provenance ProvenanceOf(ChartSpec chart, string permalink, DateTimeOffset generated) => new()
    {
        Title = chart.Title, Filters = chart.Subtitle, Dataset = chart.Dataset, Source = chart.Source, PolicyVersion = chart.PolicyVersion,
        DataImported = chart.ImportedAt, NewestData = chart.NewestData, SeriousCount = chart.HasSerious ? chart.SeriousKind : null, Generated = generated,
            Permalink = permalink, Notes = chart.Notes,
    };

    /// <summary>CSV: leading "#" comment lines (spreadsheet users can skip them: the first line without # is the header), then the table.</summary>
    public static async Task WriteCsvAsync(ChartSpec chart, string permalink, DateTimeOffset generated, Stream output)
    {
        // A chart's rows are few: written to memory first (CsvHelper writes synchronously, which a response stream refuses).
        var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, OutOfCourt.Core.Csv.WriterOptions, leaveOpen: true))
        {
            foreach (var (key, value) in ProvenanceOf(chart, permalink, generated).Lines()) csv.WriteComment($" {key}: {value}");
            var table = Table(chart);
            csv.WriteRecord(table.Columns.Select(ResultWriters.Neutralise).ToArray());
            foreach (var row in table.Rows) csv.WriteRecord(row.Select(ResultWriters.Neutralise).ToArray());
        }
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(text.ToString());
        await output.WriteAsync(bytes);
    }

    /// <summary>JSON from the one JSON writer (<see cref="JsonExport"/>): the provenance, the summary, then the table's rows.</summary>
    public static async Task WriteJsonAsync(ChartSpec chart, string permalink, DateTimeOffset generated, Stream output)
    {
        using var buffer = new MemoryStream();
        JsonExport.WriteTable(ProvenanceOf(chart, permalink, generated), chart.Summary, Table(chart), buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output);
    }
}
