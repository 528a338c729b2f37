using Microsoft.Playwright;

namespace OutOfCourt.Browser.Tests;

/// <summary>What the browser tests ask of a page: did its charts really draw, and what do they hold.</summary>
public static class PageChecks
{
    /// <summary>Pixels of a chart's canvas that are drawn on, and how many of them are the serious-offence red.</summary>
    public static async Task<(int Drawn, int SeriousRed, int Total)> CanvasPixelsAsync(this IPage page, string chartId)
    {
        var n = await page.EvaluateAsync<int[]>("""
            id => {
              const c = document.querySelector('#' + id + ' canvas');
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let drawn = 0, red = 0;
              for (let i = 0; i < d.length; i += 4) {
                if (d[i + 3] > 0) drawn++;
                if (d[i + 3] > 200 && d[i] > 130 && d[i + 1] < 60 && d[i + 2] < 70) red++;
              }
              return [drawn, red, c.width * c.height];
            }
            """, chartId);
        return (n[0], n[1], n[2]);
    }

    /// <summary>The labels and the per-label sum of every series the chart was drawn from.</summary>
    public static async Task<Dictionary<string, double>> ChartTotalsAsync(this IPage page, string chartId) =>
        await page.EvaluateAsync<Dictionary<string, double>>("""
            id => {
              const c = window.outOfCourtCharts[id], out = {};
              c.labels.forEach((l, i) => out[l] = c.series.reduce((s, x) => s + (x.values[i] || 0), 0));
              return out;
            }
            """, chartId);

    public static async Task<List<string[]>> TableRowsAsync(this IPage page, string chartId) =>
        (await page.EvaluateAsync<string[][]>("""
            id => [...document.querySelectorAll('#' + id + ' tbody tr')].map(tr =>
              [...tr.children].map(td => td.innerText.replace(/▲|serious/g, '').trim()))
            """, chartId)).ToList();

    public static double Number(string cell) => double.Parse(cell.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs axe-core (vendored from npm) in the page; returns "id (impact): help, count" for serious and critical violations.</summary>
    public static async Task<List<string>> SeriousAccessibilityViolationsAsync(this IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js") });
        var found = await page.EvaluateAsync<string[]>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' x' + v.nodes.length + ' e.g. ' + v.nodes[0].target.join(' '));
            }
            """);
        return found.ToList();
    }

    /// <summary>The repository's docs/screenshots folder, where screenshots are kept for the README.</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(Path.GetDirectoryName(Core.DataDirectory.Locate())!, "docs", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
