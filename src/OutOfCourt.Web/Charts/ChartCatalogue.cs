using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Every chart the app draws, by name: pages, downloads (CSV, JSON, SVG, PNG), embeds and the chart routes find a
/// chart only here, so a downloaded or embedded chart is the chart on the page.
/// </summary>
public static class ChartCatalogue
{
    public static readonly TrendChart Trend = new();
    public static readonly ByOffenceChart ByOffence = new();
    public static readonly ShareChart Share = new();
    public static readonly RankingChart Ranking = new();
    public static readonly ExploreChart Explore = new();
    public static readonly OutcomesMixChart OutcomesMix = new();

    public static readonly IReadOnlyList<Chart> All = [Trend, ByOffence, Share, Ranking, Explore, OutcomesMix];

    public static IReadOnlyList<string> Names { get; } = All.Select(c => c.Name).ToList();

    /// <summary>The chart of this name (exactly as written), or null.</summary>
    public static Chart? Find(string name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>The chart of this name; throws <see cref="QueryException"/> naming the charts there are.</summary>
    public static Chart Get(string name) =>
        Find(name) ?? throw new QueryException($"unknown chart '{name}'; charts are {string.Join(", ", Names)}");

    /// <summary>The full view's address of a chart that was built (its name and query string).</summary>
    public static string FullView(ChartSpec chart) =>
        Find(chart.Name) is { } found ? found.FullView(new ChartAddress(chart.Query)) : $"/{chart.Query}";
}
