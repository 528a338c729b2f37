using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// A chart's filters as a canonical query string (keys in order, empty ones left out): with the chart's name, its
/// address for downloads and embeds. Each chart makes its full view's address from the pieces read here.
/// </summary>
public sealed class ChartAddress(string query)
{
    private readonly Dictionary<string, StringValues> _query = QueryHelpers.ParseQuery(query);

    /// <summary>"?force=kent&amp;serious=1", or "" without filters.</summary>
    public string Query { get; } = query;

    public IReadOnlyList<string?> Forces => _query.TryGetValue("force", out var f) ? f.ToArray() : [];

    public bool Has(string key) => _query.ContainsKey(key);

    public string this[string key] => _query[key].ToString();

    /// <summary>The year when from and to are the same year, else null.</summary>
    public string? SingleYear => _query.TryGetValue("from", out var from) && _query.TryGetValue("to", out var to) && from == to ? from.ToString() : null;

    /// <summary>The query string without the keys in <paramref name="drop"/>, with one key added, keys in order.</summary>
    public string Keep(string? extraKey = null, string? extraValue = null, params string[] drop)
    {
        var pairs = _query.Where(kv => !drop.Contains(kv.Key))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))).ToList();
        if (extraKey is not null) pairs.Add(new(extraKey, extraValue));
        return QueryHelpers.AddQueryString("", pairs.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>The filters as a canonical query string, for links to downloads and embeds.</summary>
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
        if (p.Serious) Add("serious", p.SeriousBound == Core.Queries.SeriousKind.Upper ? "1" : Core.Queries.SeriousKinds.Name(p.SeriousBound));
        Add("to", p.To);
        Add("top", p.Top);
        return QueryHelpers.AddQueryString("", pairs);
    }
}
