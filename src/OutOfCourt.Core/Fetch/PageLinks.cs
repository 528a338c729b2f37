using System.Net;
using System.Text.RegularExpressions;

namespace OutOfCourt.Core.Fetch;

/// <summary>The links of an HTML page (href attributes), as absolute addresses resolved against the page's own.</summary>
public static partial class PageLinks
{
    public static IEnumerable<Uri> Of(string html, Uri page)
    {
        foreach (Match m in Href().Matches(html))
        {
            var raw = WebUtility.HtmlDecode(m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["s"].Value).Trim();
            if (Uri.TryCreate(page, raw, out var uri) && uri.Scheme is "http" or "https") yield return uri;
        }
    }

    /// <summary>The last segment of an address's path, unescaped: the file name the cache keeps it under.</summary>
    public static string FileName(Uri address) => Uri.UnescapeDataString(address.Segments[^1]);

    [GeneratedRegex("""href\s*=\s*(?:"(?<q>[^"]*)"|'(?<s>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
