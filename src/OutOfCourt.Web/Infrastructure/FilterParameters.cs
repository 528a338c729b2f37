using Microsoft.AspNetCore.WebUtilities;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Infrastructure;

/// <summary>
/// The query-string contract of every page (documented in docs/urls.md): dataset, force (repeatable), offence,
/// from, to, year, outcome, serious, by, measure. Read by hand, not by model binding, so a malformed value becomes
/// a message on the page instead of a silent default.
/// </summary>
public sealed class FilterParameters
{
    public string? Dataset { get; private init; }
    public IReadOnlyList<string> Forces { get; private init; } = [];
    public string? Offence { get; private init; }
    public int? From { get; private init; }
    public int? To { get; private init; }
    public string? Outcome { get; private init; }
    public bool Serious { get; private init; }
    /// <summary>serious=1|upper, lower or exact: which serious count coarse data gives (Home Office codes are always exact).</summary>
    public SeriousKind SeriousBound { get; private init; } = SeriousKind.Upper;
    public string? By { get; private init; }
    public string? Measure { get; private init; }
    /// <summary>Only the first N rows of a ranking (the overview's top ten).</summary>
    public int? Top { get; private init; }
    public List<string> Errors { get; } = [];

    public static FilterParameters Read(IQueryCollection q)
    {
        string? One(string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        var errors = new List<string>();
        int? Year(string key)
        {
            var text = One(key);
            if (text is null) return null;
            if (PeriodKinds.TryParseYear(text, out var year)) return year;
            errors.Add($"'{text}' is not a year ({key}): use 2016, or 2016/17 for a financial year.");
            return null;
        }
        var year = Year("year");
        SeriousKind? serious = null;
        try { serious = SeriousKinds.Parse(One("serious")); }
        catch (FormatException e) { errors.Add(e.Message + "."); }
        var p = new FilterParameters
        {
            Dataset = One("dataset"),
            Forces = q.TryGetValue("force", out var forces)
                ? forces.SelectMany(f => (f ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList()
                : [],
            Offence = One("offence"),
            From = year ?? Year("from"),
            To = year ?? Year("to"),
            Outcome = One("outcome"),
            Serious = serious is not null,
            SeriousBound = serious ?? SeriousKind.Upper,
            By = One("by"),
            Measure = One("measure"),
            Top = One("top") is { } t ? (int.TryParse(t, out var n) && n > 0 ? n : Fail(errors, $"'{t}' is not a number of rows (top).")) : null,
        };
        p.Errors.AddRange(errors);
        return p;
    }

    private static int? Fail(List<string> errors, string message)
    {
        errors.Add(message);
        return null;
    }

    /// <summary>These parameters with the page's own context added (the force or offence in its path, a year, the top N).</summary>
    public FilterParameters With(string? force = null, string? offence = null, int? year = null, int? top = null, string? measure = null) => new()
    {
        Dataset = Dataset,
        Forces = force is null ? Forces : [force],
        Offence = offence ?? Offence,
        From = year ?? From,
        To = year ?? To,
        Outcome = Outcome,
        Serious = Serious,
        SeriousBound = SeriousBound,
        By = By,
        Measure = measure ?? Measure,
        Top = top ?? Top,
    };

    public OutcomeFilter ToFilter() => new()
    {
        Dataset = Dataset, Forces = Forces, Offence = Offence, YearFrom = From, YearTo = To, Outcome = Outcome, SeriousOnly = Serious,
        SeriousBound = SeriousBound,
    };

    /// <summary>A link to a page with this state, changed as given (null removes a key): every view is a permalink.</summary>
    public static string Link(string path, IQueryCollection current, params (string Key, string? Value)[] changes)
    {
        var values = current.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null) values.Remove(key);
            else values[key] = value;
        }
        var query = values.Where(kv => kv.Value.Length > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value));
        return QueryHelpers.AddQueryString(path, query);
    }
}
