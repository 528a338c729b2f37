using System.Globalization;

namespace OutOfCourt.Web.Sentences;

/// <summary>Numbers and sentences as a journalist would write them.</summary>
public static class Words
{
    /// <summary>Numbers are written the British way (1,234 and 12.5%).</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");
    private static CultureInfo Gb => Culture;

    public static string Count(long n) => n.ToString("N0", Gb);
    public static string Share(long part, long whole) => whole == 0 ? "n/a" : ((double)part / whole).ToString("P1", Gb);

    /// <summary>"fell from 1,234 in 2014 to 987 in 2016", from the first and last periods that have data.</summary>
    public static string Change(IReadOnlyList<string> labels, IReadOnlyList<double?> values)
    {
        var points = labels.Zip(values).Where(p => p.Second is not null).ToList();
        if (points.Count == 0) return "have no data in this period";
        var (firstLabel, first) = (points[0].First, points[0].Second!.Value);
        var (lastLabel, last) = (points[^1].First, points[^1].Second!.Value);
        if (points.Count == 1) return $"numbered {Count((long)first)} in {firstLabel}";
        var verb = last > first ? "rose" : last < first ? "fell" : "stayed at";
        return verb == "stayed at"
            ? $"stayed at {Count((long)first)} from {firstLabel} to {lastLabel}"
            : $"{verb} from {Count((long)first)} in {firstLabel} to {Count((long)last)} in {lastLabel}";
    }

    /// <summary>A percentage already multiplied by 100, as "12.5%".</summary>
    public static string Percent(double percent) => (percent / 100).ToString("P1", Gb);

    public static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
