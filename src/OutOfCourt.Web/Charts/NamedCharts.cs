using Microsoft.AspNetCore.WebUtilities;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Every chart the app draws, by name, from the query-string filters alone. Pages, downloads (CSV, JSON, SVG,
/// PNG) and embeds all build a chart here, so a downloaded or embedded chart is the chart on the page.
/// Names: trend, by-offence, share, ranking, explore.
/// </summary>
public sealed class NamedCharts(Dashboard dashboard)
{
    public static readonly IReadOnlyList<string> Names = ["trend", "by-offence", "share", "ranking", "explore"];

    /// <summary>Builds a chart; throws <see cref="QueryException"/> for filters that cannot be shown.</summary>
    public async Task<ChartSpec> BuildAsync(string name, FilterParameters p)
    {
        if (p.Errors.Count > 0) throw new QueryException(string.Join("; ", p.Errors));
        var filter = p.ToFilter();
        var refs = dashboard.Refs;
        var who = filter.Forces.Count == 1 && refs.ForceBySlug.TryGetValue(filter.Forces[0], out var f) ? f.Name : null;
        var what = filter.Offence is null ? null : refs.CategoryBySlug.TryGetValue(filter.Offence, out var c) ? c.Name : filter.Offence;
        var (summary, _) = await dashboard.Queries.Catalog.ResolveAsync(filter.Dataset);
        var yearSuffix = filter.YearFrom is { } y && filter.YearTo == y ? $", {summary.Dataset.PeriodKind.YearLabel(y)}" : "";
        string For(string title) => title + (what is null ? "" : $" for {Words.Lower(what)}") + (who is null ? "" : $", {who}");
        ChartSpec chart = name switch
        {
            "trend" => await dashboard.TrendAsync(filter, name, For("Community resolutions by year")),
            "by-offence" => await dashboard.ByOffenceAsync(filter, name, "Community resolutions by offence" + (who is null ? "" : $", {who}")),
            "share" => await dashboard.ShareTrendAsync(filter, name,
                $"Share of {(who is null ? "outcomes" : who + "'s outcomes")} that were community resolutions" + (what is null ? "" : $", {Words.Lower(what)}")),
            "ranking" => (await dashboard.RankingAsync(filter, Measure(p), name, For(RankingTitle(Measure(p))) + yearSuffix, p.Top)).Chart,
            "explore" => (await dashboard.ExploreAsync(filter, ExploreBy(p), name)).Chart,
            _ => throw new QueryException($"unknown chart '{name}'; charts are {string.Join(", ", Names)}"),
        };
        return chart with { Name = name, Query = QueryString(p), ImportedAt = summary.LastImport, Dataset = summary.Dataset.Key };
    }

    public static Dashboard.Measure Measure(FilterParameters p) => p.Measure switch
    {
        null or "count" => Dashboard.Measure.Count,
        "share" => Dashboard.Measure.Share,
        "serious-share" => Dashboard.Measure.SeriousShare,
        var m => throw new QueryException($"'{m}' is not a measure: use count, share or serious-share"),
    };

    private static string RankingTitle(Dashboard.Measure m) => m switch
    {
        Dashboard.Measure.Count => "Forces ranked by number of community resolutions",
        Dashboard.Measure.Share => "Forces ranked by share of outcomes that were community resolutions",
        _ => "Forces ranked by share of outcomes for serious offences that were community resolutions",
    };

    public static GroupBy ExploreBy(FilterParameters p)
    {
        try
        {
            var by = GroupByNames.Parse(p.By ?? "year");
            if (by.Count != 1 || by[0] == GroupBy.Serious) throw new FormatException("group by one of year, force, offence, code or outcome");
            return by[0];
        }
        catch (FormatException e)
        {
            throw new QueryException($"'{p.By}' cannot be used to group: {e.Message}");
        }
    }

    /// <summary>The filters as a canonical query string (keys in order, empty ones left out), for links to downloads and embeds.</summary>
    public static string QueryString(FilterParameters p)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, object? value) { if (value is not null && value.ToString() is { Length: > 0 } s) pairs.Add(new(key, s)); }
        Add("by", p.By);
        Add("dataset", p.Dataset);
        foreach (var force in p.Forces) Add("force", force);
        Add("from", p.From);
        Add("measure", p.Measure);
        Add("offence", p.Offence);
        Add("outcome", p.Outcome);
        if (p.Serious) Add("serious", 1);
        Add("to", p.To);
        Add("top", p.Top);
        return QueryHelpers.AddQueryString("", pairs);
    }
}
