using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

/// <summary>
/// Requests per second under `wrk` on loopback: the web app as its own process (as deployed) over a national
/// database, the overview and a force page, with the output cache on and off. Bounded: a few seconds each.
/// wrk and the app share the machine's cores, so these are floors.
/// </summary>
internal static partial class Throughput
{
    private static readonly string[] Pages = ["/", "/forces/metropolitan"];

    public static async Task RunAsync(string databasePath, int seconds)
    {
        Console.WriteLine();
        Console.WriteLine($"throughput under wrk -t2 -c32 -d{seconds}s on 127.0.0.1 (the app in its own process)");
        Console.WriteLine($"{"page",-28} {"output cache",13} {"requests/s",11} {"p50 ms",8} {"p99 ms",8} {"requests",10} {"errors",7}");
        foreach (var cache in new[] { true, false })
        {
            await using var app = await WebApp.StartAsync(databasePath, cache);
            foreach (var page in Pages)
            {
                await app.Client.GetStringAsync(page); // made once, so the cache holds it
                var (_, _, output, _) = await Measured.RunAsync(new ProcessStartInfo("wrk",
                    ["-t2", "-c32", $"-d{seconds}s", "--latency", $"{app.Address}{page}"]));
                var rps = double.Parse(Match(RequestsPerSecond(), output, "0"), System.Globalization.CultureInfo.InvariantCulture);
                var requests = long.Parse(Match(TotalRequests(), output, "0"), CultureInfo.InvariantCulture);
                var errors = long.Parse(Match(Non2xx(), output, "0"), CultureInfo.InvariantCulture) + SocketErrors(output);
                Console.WriteLine($"{page,-28} {(cache ? "on" : "off"),13} {rps,11:N0} {Latency(output, "50%"),8} {Latency(output, "99%"),8} " +
                    $"{requests,10:N0} {errors,7:N0}");
            }
        }
    }

    private static string Match(Regex regex, string text, string fallback) => regex.Match(text) is { Success: true } m ? m.Groups[1].Value : fallback;

    private static long SocketErrors(string output) =>
        SocketErrorLine().Match(output) is { Success: true } m ? m.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;

    /// <summary>wrk's latency percentile in milliseconds ("50%  1.23ms", "99%  12.00ms", "2.01s").</summary>
    private static string Latency(string output, string percentile)
    {
        var m = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success) return "-";
        var value = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var ms = m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        return ms.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex RequestsPerSecond();
    [GeneratedRegex(@"(\d+) requests in")] private static partial Regex TotalRequests();
    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")] private static partial Regex Non2xx();
    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")] private static partial Regex SocketErrorLine();

    /// <summary>The built web app started with `dotnet OutOfCourt.Web.dll` on a free loopback port.</summary>
    private sealed class WebApp : IAsyncDisposable
    {
        private Process _process = null!;
        public string Address { get; private init; } = "";
        public HttpClient Client { get; private init; } = null!;

        public static async Task<WebApp> StartAsync(string databasePath, bool outputCache)
        {
            var port = FreePort();
            var dll = Path.Combine(AppContext.BaseDirectory, "OutOfCourt.Web.dll");
            var psi = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", WebProject.ContentRoot])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            psi.Environment["OutOfCourt__Database"] = databasePath;
            psi.Environment["OutOfCourt__LoadBundled"] = "false";
            psi.Environment["OutOfCourt__OutputCache"] = outputCache ? "true" : "false";
            psi.Environment["Logging__LogLevel__Default"] = "Warning";
            var app = new WebApp { Address = $"http://127.0.0.1:{port}", Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") } };
            app._process = Process.Start(psi)!;
            _ = app._process.StandardOutput.ReadToEndAsync();
            var error = app._process.StandardError.ReadToEndAsync();
            for (var i = 0; i < 120; i++)
            {
                if (app._process.HasExited) throw new InvalidOperationException($"the web app stopped: {await error}");
                try
                {
                    if ((await app.Client.GetAsync("/forces")).StatusCode == HttpStatusCode.OK) return app;
                }
                catch (HttpRequestException) { }
                await Task.Delay(500);
            }
            throw new TimeoutException("the web app did not answer within a minute");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
