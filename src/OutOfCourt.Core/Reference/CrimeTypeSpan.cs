namespace OutOfCourt.Core.Reference;

/// <summary>
/// When a data.police.uk crime type was in use (police-uk-crime-types.csv, column in_use: "since 2013-05" or
/// "2011-09 to 2013-04"), so a sentence never reads a category that did not exist yet, or any more, as a rise or fall.
/// </summary>
public sealed record CrimeTypeSpan(string CrimeType, string CategorySlug, (int Year, int Month)? From, (int Year, int Month)? To)
{
    /// <summary>Reads the in_use text; anything else (the Unknown type's explanation) means no known span.</summary>
    public static CrimeTypeSpan Parse(string crimeType, string category, string inUse)
    {
        var text = inUse.Trim();
        if (text.StartsWith("since ", StringComparison.Ordinal)) return new(crimeType, category, Month(text[6..]), null);
        var parts = text.Split(" to ");
        return parts.Length == 2 && Month(parts[0]) is { } from && Month(parts[1]) is { } to
            ? new(crimeType, category, from, to)
            : new(crimeType, category, null, null);
    }

    private static (int, int)? Month(string text) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", out var d) ? (d.Year, d.Month) : null;
}
