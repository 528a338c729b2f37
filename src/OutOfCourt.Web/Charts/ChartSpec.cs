using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Everything one chart shows, in one place: the page renders its title, subtitle, summary, table and source line
/// from it, and Chart.js draws the same numbers from its JSON, so the picture and the table cannot disagree.
/// </summary>
public sealed record ChartSpec
{
    public required string Id { get; init; }
    /// <summary>The chart's name in <see cref="ChartCatalogue"/> and the query string that rebuilds it: its address for downloads and embeds.</summary>
    public string Name { get; init; } = "";
    public string Query { get; init; } = "";
    public string Dataset { get; init; } = "";
    /// <summary>A downloaded file's name without extension, after what the chart shows (<see cref="ChartFileName"/>).</summary>
    public string FileStem { get; init; } = "";
    /// <summary>When the data behind the chart was imported, for the image's own source line.</summary>
    public DateTimeOffset? ImportedAt { get; init; }
    /// <summary>The newest period of the data ("December 2016"): the figures' age, which the import date is not.</summary>
    public string? NewestData { get; init; }
    /// <summary>What the chart's serious counts are: exact, or a lower or upper bound on coarse categories.</summary>
    public Core.Queries.SeriousKind SeriousKind { get; init; } = Core.Queries.SeriousKind.Exact;
    public required string Title { get; init; }
    /// <summary>The active filters in words.</summary>
    public required string Subtitle { get; init; }
    /// <summary>One sentence generated from the data.</summary>
    public required string Summary { get; init; }
    public required string Source { get; init; }
    /// <summary>bar (vertical), hbar (horizontal bars, for rankings and categories) or line.</summary>
    public string Kind { get; init; } = "bar";
    public bool Stacked { get; init; }
    public required string CategoryHeading { get; init; }
    public required IReadOnlyList<string> Labels { get; init; }
    public required IReadOnlyList<ChartSeries> Series { get; init; }
    public ValueFormat Format { get; init; } = ValueFormat.Count;
    /// <summary>Notes shown under the chart: gaps, partial periods, caveats.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public string PolicyVersion { get; init; } = "";
    /// <summary>Table-only columns (totals, shares with their denominators) that the chart does not draw.</summary>
    public IReadOnlyList<TableColumn> ExtraColumns { get; init; } = [];
    /// <summary>Each row's rank (forces with the same value share one), shown as the table's first column; null when the chart does not rank.</summary>
    public IReadOnlyList<int>? Ranks { get; init; }
    /// <summary>Rows that stand out in the chart and the table: the force asked for.</summary>
    public IReadOnlyList<bool>? Highlight { get; init; }
    /// <summary>A link for each row's label (the force's own page).</summary>
    public IReadOnlyList<string>? LabelLinks { get; init; }
    /// <summary>The national figure, as a row under the table and a line across the bars.</summary>
    public ChartReference? National { get; init; }
    /// <summary>A sentence ready to quote (the chosen force's rank), or null.</summary>
    public string? Quote { get; init; }
    public bool HasSerious => Series.Any(s => s.Serious.Any(x => x));

    public string FormatValue(ChartSeries series, int i)
    {
        var v = series.Values[i];
        if (v is null) return "no data";
        if (Format == ValueFormat.Count) return v.Value.ToString("N0", Words.Culture);
        var share = (v.Value / 100).ToString("P1", Words.Culture);
        return series.Denominators is { } d && d[i] is { } n ? $"{share} of {n.ToString("N0", Words.Culture)}" : share;
    }
}
