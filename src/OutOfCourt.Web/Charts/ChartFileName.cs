using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Names a downloaded chart after what it shows, so a folder of downloads can be told apart without opening them:
/// "outofcourt-ranking-greater-manchester-serious-2016", "outofcourt-trend-88a-2012-2016-home-office-closed".
/// </summary>
public static class ChartFileName
{
    /// <summary>The file name without its extension, built from the chart's name and its request's filters.</summary>
    public static string Stem(string chartName, RequestContext context)
    {
        var p = context.Parameters;
        var parts = new List<string> { "outofcourt", chartName };
        parts.AddRange(context.Forces.Count <= 3 ? context.Forces.Select(f => f.Slug) : [$"{context.Forces.Count}-forces"]);
        if ((context.Category?.Slug ?? p.Offence) is { Length: > 0 } offence) parts.Add(offence);
        if (p.Outcome is { Length: > 0 } outcome) parts.Add(outcome);
        if (p.Serious) parts.Add("serious");
        if (p.Measure is { Length: > 0 } measure && measure != "count") parts.Add(measure);
        var years = context.Years;
        if (years.Count > 0)
            parts.Add(years.Count == 1 ? context.YearLabel(years[0]) : $"{context.YearLabel(years[0])}-to-{context.YearLabel(years[^1])}");
        if (!context.DatasetIsDefault) parts.Add(context.Dataset.Key);
        return string.Join('-', parts.Select(OutcomeQueryService.Slug).Where(s => s.Length > 0));
    }

    /// <summary>The chart's own file name, or a plain one for a chart built without a request (tests).</summary>
    public static string Of(ChartSpec chart) => chart.FileStem.Length > 0 ? chart.FileStem : $"outofcourt-{chart.Name}";

    /// <summary>An embed frame's starting height: tall enough for the chart with its table closed (bars grow with their number).</summary>
    public static int EmbedHeight(ChartSpec chart) =>
        Math.Min(1700, 360 + (chart.Kind == "hbar" ? Math.Max(200, chart.Labels.Count * 26 + 90) : 320) + (chart.Quote is null ? 0 : 60));
}
