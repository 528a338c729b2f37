using Microsoft.AspNetCore.Http;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// How an SVG is drawn: for the screen (800 units wide) or for print (?size=print: a 100 mm newspaper column, every
/// text at least 8 pt), and with each bar's value written at its end (?labels=1).
/// </summary>
public sealed record ChartSvgOptions(bool Print = false, bool ValueLabels = false)
{
    public static readonly ChartSvgOptions Screen = new();

    /// <summary>The print column's width in millimetres, and the smallest text it allows in points.</summary>
    public const double PrintWidthMm = 100, MinimumPrintPoints = 8;

    public static ChartSvgOptions Read(IQueryCollection q) => new(
        string.Equals(q["size"].ToString(), "print", StringComparison.OrdinalIgnoreCase),
        q["labels"].ToString() is "1" or "true" or "on" or "yes");
}
