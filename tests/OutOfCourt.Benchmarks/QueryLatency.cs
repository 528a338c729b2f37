using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using OutOfCourt.Core.Queries;

/// <summary>
/// Server time of every dashboard page and API query over a national database, in-process (no network). Cold: the
/// query cache and the page cache emptied before each request, so the SQL runs every time (SQLite's file pages stay
/// in the operating system's cache, as on a live server). Warm: repeated requests, as readers of one story make.
/// </summary>
internal static class QueryLatency
{
    public static readonly string[] Addresses =
    [
        "/", "/forces", "/forces/metropolitan", "/forces/metropolitan?serious=1", "/forces/greater-manchester",
        "/offences", "/offences/violence-and-sexual-offences", "/offences/possession-of-weapons?serious=1", "/offences/88A",
        "/compare", "/compare?measure=serious-share", "/explore?outcome=community-resolution&by=force",
        "/explore?dataset=police-uk-outcomes&by=offence", "/explore?dataset=home-office-closed&by=code&outcome=community-resolution",
        "/methodology", "/embed/trend?force=metropolitan",
        "/charts/trend.csv", "/charts/ranking.svg", "/charts/by-offence.json?force=west-midlands",
        "/api/v1/counts?outcome=community-resolution&by=force,year", "/api/v1/counts?dataset=police-uk-outcomes&by=offence,outcome",
        "/api/v1/counts?dataset=home-office-closed&offence=88A&by=force,outcome", "/api/v1/datasets", "/api/v1/forces",
    ];

    public static async Task RunAsync(string databasePath, int coldRuns, int warmRuns, IReadOnlyList<string>? only = null)
    {
        var addresses = only is { Count: > 0 } ? only : Addresses;
        await using var factory = new InProcessApp(databasePath, loadBundled: false);
        using var client = factory.CreateClient();
        var queryCache = factory.Services.GetRequiredService<QueryCache>();
        var pageCache = factory.Services.GetRequiredService<IOutputCacheStore>();
        Console.WriteLine();
        Console.WriteLine($"query latency, in-process server time (ms): first request to each address after start, then {coldRuns} cold (caches emptied) and " +
            $"{warmRuns} warm");
        Console.WriteLine($"{"address",-72} {"first",7} {"cold p50",9} {"p95",7} {"p99",7} {"warm p50",9} {"p95",7} {"p99",7}");
        var worstP95 = 0.0;
        // Every address once, in turn, before any is measured cold: the first requests after start also compile the
        // app's code, and the cold figures are about the queries, not about the start-up of whichever address is first.
        var firsts = new Dictionary<string, double>();
        foreach (var address in addresses) firsts[address] = await TimeAsync(client, address);
        foreach (var address in addresses)
        {
            var first = firsts[address];
            var cold = new List<double>(coldRuns);
            for (var i = 0; i < coldRuns; i++)
            {
                queryCache.Clear();
                await pageCache.EvictByTagAsync(OutOfCourt.Web.Infrastructure.PageOutputCache.Policy, default);
                cold.Add(await TimeAsync(client, address));
            }
            var warm = new List<double>(warmRuns);
            for (var i = 0; i < warmRuns; i++) warm.Add(await TimeAsync(client, address));
            worstP95 = Math.Max(worstP95, Math.Max(P(cold, 0.95), P(warm, 0.95)));
            Console.WriteLine($"{address,-72} {first,7:F1} {P(cold, 0.5),9:F1} {P(cold, 0.95),7:F1} {P(cold, 0.99),7:F1} {P(warm, 0.5),9:F1} " +
                $"{P(warm, 0.95),7:F1} {P(warm, 0.99),7:F1}");
        }
        Console.WriteLine($"worst p95 of any address, cold or warm: {worstP95:F1} ms");
    }

    private static async Task<double> TimeAsync(HttpClient client, string address)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(address);
        await response.Content.ReadAsByteArrayAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{address}: {(int)response.StatusCode}");
        return ms;
    }

    private static double P(List<double> times, double q)
    {
        if (times.Count == 0) return double.NaN;
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    }
}

internal static class WebProject
{
    public static string ContentRoot => Path.Combine(Path.GetDirectoryName(OutOfCourt.Core.DataDirectory.Locate())!, "src", "OutOfCourt.Web");
}

/// <summary>The web app in this process (TestServer, no network) over the given database, as in production.</summary>
internal sealed class InProcessApp(string databasePath, bool loadBundled) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(WebProject.ContentRoot);
        builder.UseSetting("OutOfCourt:Database", databasePath);
        builder.UseSetting("OutOfCourt:LoadBundled", loadBundled ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
