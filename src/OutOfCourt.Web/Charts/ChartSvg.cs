using OutOfCourt.Core.Queries;
using System.Globalization;
using System.Net;
using System.Text;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as a standalone SVG: real vector shapes and text (not a picture wrapped in SVG)
/// that open in an editor's tools. The image carries its own title, filters, summary, serious-offence legend, notes,
/// source and licence line and the import date, so a picture cut out of the app is still honest on its own.
/// Same colours and marks as the page: serious bars hatched in red with a ▲.
/// </summary>
public static class ChartSvg
{
    private static readonly int[] NiceSteps = [1, 2, 5, 10];

    private const double Margin = 24;

    /// <summary>Sizes in SVG units: the screen's 800 wide; print's 400 units fill 100 mm, so 11.5 units are 8.2 pt.</summary>
    private sealed record Sizes(double Width, double Title, double Body, double Small, double Legend, double LabelWidth, double Band, double PlotHeight)
    {
        /// <summary>How many characters of a text this size fit on a line.</summary>
        public int Chars(double size) => (int)((Width - 2 * Margin) / (size * 0.55));
    }

    private static readonly Sizes ScreenSizes = new(800, 22, 14, 11, 12, 230, 24, 280);
    private static readonly Sizes PrintSizes = new(400, 16, 12, 11.5, 12, 150, 20, 220);
    private const string Serious = "#a31621", Other = "#1d70b8", National = "#505a5f", Ink = "#0b0c0c", Muted = "#505a5f", Grid = "#d8dadc";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(ChartSpec chart, DateTimeOffset generated, ChartSvgOptions? options = null)
    {
        options ??= ChartSvgOptions.Screen;
        var z = options.Print ? PrintSizes : ScreenSizes;
        var Width = z.Width;
        var body = new StringBuilder();
        var y = 0.0;
        void Text(string text, double size, string colour, bool bold = false, int maxChars = 100)
        {
            foreach (var line in Wrap(text, maxChars))
            {
                y += size * 1.35;
                body.Append(Inv, $"<text x=\"{Margin}\" y=\"{y:F1}\" font-size=\"{size}\" " +
                    $"fill=\"{colour}\"{(bold ? " font-weight=\"bold\"" : "")}>{E(line)}</text>\n");
            }
        }
        y += 8;
        Text(chart.Title, z.Title, Ink, bold: true, maxChars: z.Chars(z.Title));
        Text(chart.Subtitle, z.Body, Muted, maxChars: z.Chars(z.Body));
        y += 4;
        Text(chart.Summary, z.Body, Ink, bold: true, maxChars: z.Chars(z.Body) - 3);
        if (chart.Quote is not null) Text("“" + chart.Quote + "”", z.Body, Ink, maxChars: z.Chars(z.Body) - 3);
        y += 10;
        y = Legend(body, chart, y, z);
        y = Plot(body, chart, y + 8, z, options.ValueLabels);
        y += 8;
        if (chart.HasSerious)
        {
            y += 16;
            body.Append(Inv, $"<rect x=\"{Margin}\" y=\"{y - 11:F1}\" width=\"16\" height=\"12\" fill=\"url(#serious-hatch)\" stroke=\"{Serious}\"/>");
            var legend = $"▲ {chart.SeriousKind.Label()}, under the OutOfCourt seriousness policy (version {chart.PolicyVersion}); see its methodology page.";
            var lines = Wrap(legend, z.Chars(z.Legend) - 4).ToList();
            for (var i = 0; i < lines.Count; i++)
                body.Append(Inv, $"<text x=\"{Margin + 22}\" y=\"{y + i * z.Legend * 1.35:F1}\" font-size=\"{z.Legend}\" " +
                    $"fill=\"{Ink}\">{E(lines[i])}</text>\n");
            y += (lines.Count - 1) * z.Legend * 1.35;
        }
        foreach (var note in chart.Notes) Text("• " + note, z.Small, Muted, maxChars: z.Chars(z.Small));
        y += 4;
        Text(chart.Source, z.Small, Muted, maxChars: z.Chars(z.Small));
        var imported = chart.ImportedAt is { } at ? at.ToString("d MMMM yyyy", Words.Culture) : "date unknown";
        Text($"Data imported {imported}; image made {generated.ToString("d MMMM yyyy HH:mm 'UTC'", Words.Culture)} by OutOfCourt.", z.Small, Muted,
            maxChars: z.Chars(z.Small));
        y += 14;

        var svg = new StringBuilder();
        // For print the size is given in millimetres, so the file places at a column's width with its text at its stated size.
        var size = options.Print
            ? string.Create(Inv, $"width=\"{ChartSvgOptions.PrintWidthMm}mm\" height=\"{Math.Ceiling(y) * ChartSvgOptions.PrintWidthMm / Width:F1}mm\"")
            : string.Create(Inv, $"width=\"{Width}\" height=\"{y:F0}\"");
        svg.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" {size} viewBox=\"0 0 {Width} {Math.Ceiling(y):F0}\" " +
            $"font-family=\"Helvetica, Arial, sans-serif\" role=\"img\" aria-labelledby=\"svg-title\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"svg-title\">{E(chart.Title)}</title>\n<desc>{E(chart.Subtitle)}. {E(chart.Summary)}</desc>\n");
        svg.Append($"<defs><pattern id=\"serious-hatch\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">" +
                   $"<rect width=\"8\" height=\"8\" fill=\"{Serious}\"/><rect width=\"2.5\" height=\"8\" fill=\"#ffffff\" " +
                   $"opacity=\"0.85\"/></pattern></defs>\n");
        svg.Append(Inv, $"<rect width=\"{Width}\" height=\"{Math.Ceiling(y):F0}\" fill=\"#ffffff\"/>\n");
        svg.Append(body);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static double Legend(StringBuilder b, ChartSpec chart, double y, Sizes z)
    {
        var x = Margin;
        y += 14;
        var f = z.Legend;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var s = chart.Series[i];
            var fill = chart.Kind == "line" ? (i == 0 ? Other : National) : s.Serious.Any(v => v) ? "url(#serious-hatch)" : Other;
            b.Append(Inv, $"<rect x=\"{x:F1}\" y=\"{y - 11:F1}\" width=\"14\" height=\"12\" fill=\"{fill}\" " +
                $"stroke=\"{(s.Serious.Any(v => v) ? Serious : fill)}\"/>");
            var label = s.Name + (s.Serious.Any(v => v) ? " ▲" : "");
            b.Append(Inv, $"<text x=\"{x + 19:F1}\" y=\"{y:F1}\" font-size=\"{f}\" fill=\"{Ink}\">{E(label)}</text>\n");
            x += 34 + label.Length * f * 0.55;
            if (i + 1 < chart.Series.Count && x + 34 + chart.Series[i + 1].Name.Length * f * 0.55 > z.Width - Margin) { x = Margin; y += f * 1.6; }
        }
        return y;
    }

    private static double Plot(StringBuilder b, ChartSpec chart, double top, Sizes z, bool valueLabels)
    {
        var Width = z.Width;
        var small = z.Small.ToString(Inv);
        var n = chart.Labels.Count;
        var horizontal = chart.Kind == "hbar";
        var stackMax = Enumerable.Range(0, n).Select(i => chart.Stacked
            ? chart.Series.Sum(s => s.Values[i] ?? 0)
            : chart.Series.Max(s => s.Values[i] ?? 0)).DefaultIfEmpty(0).Max();
        var (step, max) = NiceScale(stackMax, z.Width < 500 ? 3 : 5);
        string Fmt(double v, int decimals = 0) =>
            chart.Format == ValueFormat.Percent ? (v / 100).ToString("P" + decimals, Words.Culture) : v.ToString("N0", Words.Culture);

        if (n == 0)
        {
            b.Append(Inv, $"<text x=\"{Margin}\" y=\"{top + 20:F1}\" font-size=\"{small}\" fill=\"{Muted}\">No data for these filters.</text>\n");
            return top + 30;
        }

        if (horizontal)
        {
            double labelWidth = z.LabelWidth, band = z.Band;
            var left = Margin + labelWidth;
            var width = Width - Margin - left - (valueLabels ? 60 : 40);
            var height = band * n;
            var plotTop = top + 6;
            for (var t = 0.0; t <= max + step / 2; t += step)
            {
                var x = left + width * t / max;
                b.Append(Inv, $"<line x1=\"{x:F1}\" y1=\"{plotTop:F1}\" x2=\"{x:F1}\" y2=\"{plotTop + height:F1}\" stroke=\"{Grid}\"/>");
                b.Append(Inv, $"<text x=\"{x:F1}\" y=\"{plotTop + height + 16:F1}\" font-size=\"{small}\" fill=\"{Muted}\" " +
                    $"text-anchor=\"middle\">{E(Fmt(t))}</text>\n");
            }
            for (var i = 0; i < n; i++)
            {
                var yMid = plotTop + band * i + band / 2;
                b.Append(Inv, $"<text x=\"{left - 6:F1}\" y=\"{yMid + 4:F1}\" font-size=\"{small}\" fill=\"{Ink}\" " +
                    $"text-anchor=\"end\"{(chart.Highlight?[i] == true ? " font-weight=\"bold\"" : "")}>" +
                    $"{E(Truncate(chart.Labels[i], (int)(labelWidth / (z.Small * 0.55))))}</text>");
                var start = 0.0;
                for (var si = 0; si < chart.Series.Count; si++)
                {
                    var s = chart.Series[si];
                    if (s.Values[i] is not { } v) { if (si == 0) Gap(b, left + 4, yMid + 4); continue; }
                    var barHeight = chart.Stacked ? band * 0.7 : band * 0.7 / chart.Series.Count;
                    var barY = chart.Stacked ? yMid - band * 0.35 : yMid - band * 0.35 + barHeight * si;
                    var x0 = left + width * (chart.Stacked ? start : 0) / max;
                    var w = width * v / max;
                    Bar(b, x0, barY, w, barHeight, s.Serious[i], Other);
                    if (s.Serious[i] && v > 0 && w > 16)
                        b.Append(Inv, $"<text x=\"{x0 + w / 2:F1}\" y=\"{barY + barHeight / 2 + 4:F1}\" font-size=\"{small}\" fill=\"#ffffff\" " +
                            $"text-anchor=\"middle\">▲</text>");
                    else if (s.Serious[i] && v > 0 && !(chart.Stacked && chart.Series.Skip(si + 1).Any(o => o.Values[i] > 0)))
                        b.Append(Inv, $"<text x=\"{x0 + w + 3:F1}\" y=\"{barY + barHeight / 2 + 4:F1}\" font-size=\"{small}\" fill=\"{Serious}\">▲</text>");
                    if (chart.Stacked) start += v;
                    if (valueLabels && (!chart.Stacked || si == chart.Series.Count - 1))
                        b.Append(Inv, $"<text x=\"{left + width * (chart.Stacked ? start : v) / max + 4:F1}\" " +
                            $"y=\"{barY + (chart.Stacked ? band * 0.7 : barHeight) / 2 + 4:F1}\" " +
                            $"font-size=\"{small}\" fill=\"{Ink}\">{E(Fmt(chart.Stacked ? start : v, 1))}</text>");
                }
                b.Append('\n');
            }
            if (chart.National is { } national && national.Value <= max)
            {
                var nx = left + width * national.Value / max;
                b.Append(Inv, $"<line x1=\"{nx:F1}\" y1=\"{plotTop - 4:F1}\" x2=\"{nx:F1}\" y2=\"{plotTop + height:F1}\" stroke=\"{Ink}\" " +
                    $"stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>");
                b.Append(Inv, $"<text x=\"{Math.Min(nx, Width - Margin):F1}\" y=\"{plotTop + height + 16 + z.Small * 1.3:F1}\" " +
                    $"font-size=\"{small}\" fill=\"{Ink}\" " +
                    $"text-anchor=\"{(nx > Width - Margin - 80 ? "end" : "middle")}\">┆ {E(national.LineLabel)}</text>\n");
                return plotTop + height + 24 + z.Small * 1.3;
            }
            return plotTop + height + 24;
        }

        double plotHeight = z.PlotHeight, axisWidth = 70;
        var plotLeft = Margin + axisWidth;
        var plotWidth = Width - Margin - plotLeft;
        var bandW = plotWidth / n;
        double Y(double v) => top + plotHeight - plotHeight * v / max;
        for (var t = 0.0; t <= max + step / 2; t += step)
        {
            b.Append(Inv, $"<line x1=\"{plotLeft:F1}\" y1=\"{Y(t):F1}\" x2=\"{plotLeft + plotWidth:F1}\" y2=\"{Y(t):F1}\" stroke=\"{Grid}\"/>");
            b.Append(Inv, $"<text x=\"{plotLeft - 6:F1}\" y=\"{Y(t) + 4:F1}\" font-size=\"{small}\" fill=\"{Muted}\" text-anchor=\"end\">{E(Fmt(t))}</text>\n");
        }
        for (var i = 0; i < n; i++)
            b.Append(Inv, $"<text x=\"{plotLeft + bandW * (i + 0.5):F1}\" y=\"{top + plotHeight + 16:F1}\" font-size=\"{small}\" fill=\"{Ink}\" " +
                $"text-anchor=\"middle\">{E(Truncate(chart.Labels[i], (int)(bandW / (z.Small * 0.6))))}</text>");
        b.Append('\n');

        if (chart.Kind == "line")
        {
            for (var si = 0; si < chart.Series.Count; si++)
            {
                var s = chart.Series[si];
                var colour = si == 0 ? Other : National;
                var segment = new List<string>();
                void Flush()
                {
                    if (segment.Count > 1)
                        b.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", segment)}\" fill=\"none\" stroke=\"{colour}\" " +
                            $"stroke-width=\"3\"{(si > 0 ? " stroke-dasharray=\"6 4\"" : "")}/>\n");
                    segment.Clear();
                }
                for (var i = 0; i < n; i++)
                {
                    if (s.Values[i] is not { } v) { Flush(); if (si == 0) Gap(b, plotLeft + bandW * (i + 0.5) - 18, top + plotHeight - 6); continue; }
                    var x = plotLeft + bandW * (i + 0.5);
                    segment.Add(string.Create(Inv, $"{x:F1},{Y(v):F1}"));
                    b.Append(Inv, $"<circle cx=\"{x:F1}\" cy=\"{Y(v):F1}\" r=\"4\" fill=\"{colour}\"/>");
                    if (valueLabels)
                        b.Append(Inv, $"<text x=\"{x:F1}\" y=\"{Y(v) - 8:F1}\" font-size=\"{small}\" fill=\"{colour}\" " +
                            $"text-anchor=\"middle\">{E(Fmt(v, 1))}</text>");
                }
                Flush();
            }
            return top + plotHeight + 26;
        }

        for (var i = 0; i < n; i++)
        {
            var barWidth = chart.Stacked ? bandW * 0.6 : bandW * 0.6 / chart.Series.Count;
            var start = 0.0;
            for (var si = 0; si < chart.Series.Count; si++)
            {
                var s = chart.Series[si];
                if (s.Values[i] is not { } v) { if (si == 0) Gap(b, plotLeft + bandW * (i + 0.5) - 18, top + plotHeight - 6); continue; }
                var x = plotLeft + bandW * (i + 0.2) + (chart.Stacked ? 0 : barWidth * si);
                var yTop = Y((chart.Stacked ? start : 0) + v);
                var h = plotHeight * v / max;
                Bar(b, x, yTop, barWidth, h, s.Serious[i], Other);
                if (s.Serious[i] && v > 0 && h > 18)
                    b.Append(Inv, $"<text x=\"{x + barWidth / 2:F1}\" y=\"{yTop + h / 2 + 4:F1}\" font-size=\"{small}\" fill=\"#ffffff\" " +
                        $"text-anchor=\"middle\">▲</text>");
                else if (s.Serious[i] && v > 0)
                    b.Append(Inv, $"<text x=\"{x + barWidth / 2:F1}\" y=\"{yTop - 3:F1}\" font-size=\"{small}\" fill=\"{Serious}\" " +
                        $"text-anchor=\"middle\">▲</text>");
                if (chart.Stacked) start += v;
                if (valueLabels && (!chart.Stacked || si == chart.Series.Count - 1))
                    b.Append(Inv, $"<text x=\"{x + barWidth / 2:F1}\" y=\"{Y(chart.Stacked ? start : v) - (s.Serious[i] && h <= 18 ? 16 : 3):F1}\" " +
                        $"font-size=\"{small}\" fill=\"{Ink}\" text-anchor=\"middle\">{E(Fmt(chart.Stacked ? start : v, 1))}</text>");
            }
        }
        b.Append('\n');
        return top + plotHeight + 26;
    }

    private static void Bar(StringBuilder b, double x, double y, double w, double h, bool serious, string colour) =>
        b.Append(Inv, $"<rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{Math.Max(0, w):F1}\" height=\"{Math.Max(0, h):F1}\" " +
            $"fill=\"{(serious ? "url(#serious-hatch)" : colour)}\" stroke=\"{(serious ? Serious : colour)}\" stroke-width=\"0.8\"/>");

    private static void Gap(StringBuilder b, double x, double y) =>
        b.Append(Inv, $"<text x=\"{x:F1}\" y=\"{y:F1}\" font-size=\"11.5\" font-style=\"italic\" fill=\"{Muted}\">no data</text>");

    /// <summary>A round step (1, 2 or 5 times a power of ten) giving about five gridlines, and the axis maximum.</summary>
    internal static (double Step, double Max) NiceScale(double max, int lines = 5)
    {
        if (max <= 0) return (1, 1);
        var rough = max / lines;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = NiceSteps.Select(m => m * power).First(s => s >= rough);
        return (step, Math.Ceiling(max / step) * step);
    }

    private static IEnumerable<string> Wrap(string text, int max)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > max)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static string Truncate(string s, int max) => s.Length <= max || max < 4 ? s : s[..(max - 1)] + "…";
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
