using System.Xml.Linq;
using Microsoft.Playwright;

namespace OutOfCourt.Browser.Tests;

[Collection(BrowserCollectionDefinition.Name)]
public sealed class ExportTests(BrowserFixture app)
{
    [Fact]
    public async Task Png_download_is_a_2x_image_whose_chart_area_is_drawn()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#trend .chart-actions button.png").ClickAsync());
        download.SuggestedFilename.Should().Be("outofcourt-trend-greater-manchester-serious-2012-to-2016-bbc-data-unit-2012-16.png");
            // issue 18: named after what it shows
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        width.Should().Be(1600, "twice the 800-unit SVG");
        var (drawn, red) = await PixelsOfImageAsync(page, bytes);
        drawn.Should().BeGreaterThan(0.05, "the chart area holds bars, not white");
        red.Should().BeGreaterThan(0.01, "serious bars are there in red");
    }

    /// <summary>Share of non-white and of serious-red pixels in the middle band of an image (the plot area).</summary>
    private static async Task<(double Drawn, double Red)> PixelsOfImageAsync(IPage page, byte[] png)
    {
        var result = await page.EvaluateAsync<double[]>("""
            async src => {
              const img = new Image(); img.src = src; await img.decode();
              const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
              const g = c.getContext('2d'); g.drawImage(img, 0, 0);
              const top = Math.floor(img.height * 0.25), h = Math.floor(img.height * 0.4);
              const d = g.getImageData(0, top, img.width, h).data;
              let drawn = 0, red = 0;
              for (let i = 0; i < d.length; i += 4) {
                if (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235) drawn++;
                if (d[i] > 130 && d[i + 1] < 60 && d[i + 2] < 70) red++;
              }
              return [drawn / (d.length / 4), red / (d.length / 4)];
            }
            """, "data:image/png;base64," + Convert.ToBase64String(png));
        return (result[0], result[1]);
    }

    [Fact]
    public async Task Svg_download_parses_and_carries_the_title()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/compare?measure=share&year=2015");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#ranking .chart-actions a", new() { HasText = "SVG" }).ClickAsync());
        var svg = XDocument.Load((await download.PathAsync())!);
        svg.Root!.Name.LocalName.Should().Be("svg");
        var title = await page.Locator("#ranking h2").InnerTextAsync();
        svg.Descendants().First(e => e.Name.LocalName == "title").Value.Should().Be(title);
        string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value)).Should().Contain(title,
            "the title is drawn, wrapped if long");
    }

    [Fact]
    public async Task An_embed_renders_inside_an_iframe_on_a_page_from_another_origin_and_resizes_it()
    {
        var page = await app.NewPageAsync();
        var embed = app.BaseUrl + "/embed/trend?dataset=bbc-data-unit-2012-16&force=greater-manchester&serious=1";
        // A newsroom's story page on another origin (its own little server on another loopback port), with the host
        // snippet from the methodology page.
        await using var newsroom = StoryServer.Start($$"""
            <!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><h1>Story</h1>
            <iframe id="chart" src="{{embed}}" title="chart" style="width:100%;border:0" height="150"></iframe>
            <script>
            window.addEventListener("message", function (e) {
              if (!e.data || e.data.type !== "outofcourt:height") return;
              document.querySelectorAll("iframe").forEach(function (f) { if (f.contentWindow === e.source) f.style.height = e.data.height + "px"; });
            });
            </script></body></html>
            """);
        await page.GotoAsync(newsroom.Url);
        new Uri(newsroom.Url).Port.Should().NotBe(new Uri(app.BaseUrl).Port, "the story is on another origin");

        var frame = page.FrameLocator("#chart");
        await frame.Locator("figure#trend[data-drawn=true]").WaitForAsync();
        (await frame.Locator("#trend .source").InnerTextAsync()).Should().Contain("Open Government Licence");
        (await frame.Locator(".embed-link a").GetAttributeAsync("href")).Should().Be(app.BaseUrl
            + "/forces/greater-manchester?dataset=bbc-data-unit-2012-16&serious=1");
        await page.WaitForFunctionAsync("() => document.getElementById('chart').getBoundingClientRect().height > 400");
    }

    [Fact]
    public async Task Copy_link_gives_the_permalink_that_reproduces_the_view()
    {
        var context = await app.Browser.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/explore?dataset=bbc-data-unit-2012-16&offence=robbery&outcome=community-resolution&by=force&from=2015&to=2016");
        await page.Locator("#explore .chart-actions button.copy-link").ClickAsync();
        await page.Locator("#explore .chart-actions button.copy-link", new() { HasText = "Link copied" }).WaitForAsync();
        var link = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        link.Should().StartWith(app.BaseUrl + "/explore?");

        var other = await (await app.Browser.NewContextAsync()).NewPageAsync();
        await other.GotoAsync(link);
        (await other.TableRowsAsync("explore")).Should().BeEquivalentTo(await page.TableRowsAsync("explore"), o => o.WithStrictOrdering());
    }

    /// <summary>Serves one HTML page on a free loopback port until disposed.</summary>
    private sealed class StoryServer : IAsyncDisposable
    {
        private readonly System.Net.HttpListener _listener = new();
        private readonly Task _loop;
        public string Url { get; }

        private StoryServer(string html)
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/story.html";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            var body = System.Text.Encoding.UTF8.GetBytes(html);
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    System.Net.HttpListenerContext context;
                    try { context = await _listener.GetContextAsync(); }
                    catch (Exception) { return; }
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
        }

        public static StoryServer Start(string html) => new(html);

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop;
        }
    }
}
