using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// Server time of every dashboard page over the bundled data: the app runs in-process (TestServer, no network),
/// each page is requested once cold (its first request, uncached queries) and then repeatedly,
/// and p50/p95/p99 of the repeats are reported.
/// </summary>
internal static class PageLatency
{
    public static readonly string[] Pages =
    [
        "/", "/forces", "/forces/greater-manchester", "/forces/greater-manchester?serious=1",
        "/offences", "/offences/violence-and-sexual-offences", "/offences/88A",
        "/compare", "/compare?measure=serious-share", "/explore?outcome=community-resolution&by=force",
        "/explore?dataset=police-uk-street&by=code", "/methodology",
    ];

    public static async Task RunAsync(int requests)
    {
        var folder = Directory.CreateTempSubdirectory("outofcourt-pages-").FullName;
        try
        {
            await using var factory = new InProcessApp(Path.Combine(folder, "pages.db"), loadBundled: true);
            using var client = factory.CreateClient();
            Console.WriteLine();
            Console.WriteLine($"page latency, in-process server time over the bundled data, first request cold, then {requests} requests after 4 warm-ups " +
                $"(ms)");
            Console.WriteLine($"{"page",-52} {"first",7} {"p50",7} {"p95",7} {"p99",7} {"max",7}");
            foreach (var page in Pages)
            {
                // The first request pays for the uncached queries (a new import does the same to every page).
                var first = Stopwatch.StartNew();
                (await client.GetAsync(page)).EnsureSuccessStatusCode();
                var firstMs = first.Elapsed.TotalMilliseconds;
                for (var i = 0; i < 4; i++) (await client.GetAsync(page)).EnsureSuccessStatusCode();
                var times = new List<double>(requests);
                for (var i = 0; i < requests; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await client.GetAsync(page);
                    await response.Content.ReadAsByteArrayAsync();
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    response.EnsureSuccessStatusCode();
                }
                times.Sort();
                double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
                Console.WriteLine($"{page,-52} {firstMs,7:F1} {P(0.50),7:F1} {P(0.95),7:F1} {P(0.99),7:F1} {times[^1],7:F1}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
