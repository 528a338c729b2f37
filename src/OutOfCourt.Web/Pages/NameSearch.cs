namespace OutOfCourt.Web.Pages;

/// <summary>One thing a search can find: its address (slug or code), the name shown, and the words it is found by.</summary>
public sealed record SearchCandidate(string Slug, string Name, string Words);

/// <summary>
/// Finding a force or an offence by the words a journalist types ("sexual grooming", "aggravated vehicle taking", "GMP",
/// "the Met"): every word asked must begin a word of the candidate's name, code or aliases. Used by the offences page's
/// search box and by the suggestions on a 404, so both find the same things.
/// </summary>
public static class NameSearch
{
    /// <summary>Words that say nothing about which force or offence is meant ("the Met", "Avon and Somerset Police").</summary>
    private static readonly HashSet<string> Ignored = ["the", "and", "of", "a", "an", "for", "in", "police", "constabulary", "service"];

    /// <summary>Lower-case words of a text; dots stay inside Home Office codes such as 37.2, hyphens and other marks split words.</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        new string(text.ToLowerInvariant().Replace("&", " and ").Select(c => char.IsLetterOrDigit(c) || c == '.' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.'))
            .Where(w => w.Length > 0)
            .ToList();

    /// <summary>The words of a query that can tell candidates apart.</summary>
    public static IReadOnlyList<string> QueryWords(string query) => Tokens(query).Where(w => !Ignored.Contains(w)).ToList();

    /// <summary>True when every query word begins some word of the candidate (no query words: everything matches).</summary>
    public static bool Matches(IReadOnlyList<string> queryWords, SearchCandidate candidate)
    {
        var words = Tokens(candidate.Words);
        return queryWords.All(q => words.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
    }

    /// <summary>Candidates matching every word, those matching whole words first; order otherwise kept.</summary>
    public static IReadOnlyList<SearchCandidate> Find(string query, IEnumerable<SearchCandidate> candidates)
    {
        var q = QueryWords(query);
        return candidates.Where(c => Matches(q, c))
            .OrderByDescending(c => q.Count(w => Tokens(c.Words).Contains(w)))
            .ToList();
    }

    /// <summary>
    /// Suggestions for an address that matched nothing: candidates with every word of it, else those with most of its
    /// words, else the closest slugs by edit distance (a typing slip such as "greater-manchster").
    /// </summary>
    public static IReadOnlyList<(string Slug, string Name)> Suggest(string wanted, IEnumerable<SearchCandidate> candidates, int max = 8)
    {
        var list = candidates.ToList();
        var q = QueryWords(wanted);
        var all = Find(wanted, list);
        if (q.Count > 0 && all.Count > 0) return all.Take(max).Select(c => (c.Slug, c.Name)).ToList();
        // A word counts when it begins a candidate's word or is one slip from it ("manchster").
        var some = list.Select(c => (c, hits: q.Count(w => Tokens(c.Words).Any(x => x.StartsWith(w, StringComparison.Ordinal)
                || (w.Length >= 4 && Distance(x, w) <= 1 + w.Length / 6)))))
            .Where(x => x.hits > 0).OrderByDescending(x => x.hits).Select(x => x.c).ToList();
        if (some.Count > 0) return some.Take(max).Select(c => (c.Slug, c.Name)).ToList();
        var w = string.Join('-', Tokens(wanted));
        return list.OrderBy(c => Distance(c.Slug.ToLowerInvariant(), w)).Take(3).Select(c => (c.Slug, c.Name)).ToList();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
