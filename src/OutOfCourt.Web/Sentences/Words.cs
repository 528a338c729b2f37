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

    /// <summary>"fell from 1,234 in 2014 to 987 in 2016", from the first and last periods that have data (all whole).</summary>
    public static string Change(IReadOnlyList<string> labels, IReadOnlyList<double?> values) =>
        Change(labels.Select((l, i) => new YearQualifier(i, l, true, true)).ToList(), values);

    /// <summary>
    /// The change between the first and last whole years with data: a part year (a month's file, a category that began
    /// in May) is not compared with a whole one; it is stated with its qualifier. Years the offence was not recorded
    /// under (a category before it began) are not zeros and are left out.
    /// </summary>
    public static string Change(IReadOnlyList<YearQualifier> years, IReadOnlyList<double?> values)
    {
        var points = years.Zip(values).Where(p => p.Second is not null && p.First.Recorded).Select(p => (p.First, Value: p.Second!.Value)).ToList();
        if (points.Count == 0) return "have no data in this period";
        var whole = points.Where(p => p.First.Full).ToList();
        if (whole.Count < 2)
            return points.Count == 1 ? $"numbered {Count((long)points[0].Value)} in {points[0].First.Label}"
                : $"numbered {Count((long)points[0].Value)} in {points[0].First.Label} and {Count((long)points[^1].Value)} in {points[^1].First.Label}";
        var (first, last) = (whole[0], whole[^1]);
        var verb = last.Value > first.Value ? "rose" : last.Value < first.Value ? "fell" : "stayed at";
        var change = verb == "stayed at"
            ? $"stayed at {Count((long)first.Value)} from {first.First.Label} to {last.First.Label}"
            : $"{verb} from {Count((long)first.Value)} in {first.First.Label} to {Count((long)last.Value)} in {last.First.Label}";
        // A part year after the last whole one is the newest figure: given, with its qualifier, not compared.
        var newest = points[^1];
        return newest.First.Full ? change : $"{change}, and numbered {Count((long)newest.Value)} in {newest.First.Label}";
    }

    /// <summary>A percentage already multiplied by 100, as "12.5%".</summary>
    public static string Percent(double percent) => (percent / 100).ToString("P1", Gb);

    public static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
