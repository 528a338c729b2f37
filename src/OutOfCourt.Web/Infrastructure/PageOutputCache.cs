using Microsoft.AspNetCore.OutputCaching;

namespace OutOfCourt.Web.Infrastructure;

/// <summary>
/// Whole pages kept in memory, per address and per data version: the second reader of a story's chart page gets
/// the bytes the first one made. Every import bumps the data version (in the import's own transaction), which is
/// part of the cache key, so a cached page never outlives the data it shows; the CLI can import while the site runs.
/// Only successful GETs are kept (the framework's default rules); error pages are always made afresh.
/// </summary>
public static class PageOutputCache
{
    public const string Policy = "pages";

    /// <summary>OutOfCourt:OutputCache=false turns it off (the benchmark measures pages both ways).</summary>
    public static bool Enabled(IConfiguration configuration) =>
        !string.Equals(configuration["OutOfCourt:OutputCache"], "false", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddPageOutputCache(this IServiceCollection services)
    {
        services.AddSingleton<DataVersionProbe>();
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 128L << 20;
            o.MaximumBodySize = 4L << 20;
            o.AddPolicy(Policy, b => b.AddPolicy<VaryByDataVersion>().Expire(TimeSpan.FromHours(1)).Tag(Policy));
        });
        return services;
    }

    /// <summary>Adds the data version to the cache key.</summary>
    private sealed class VaryByDataVersion(DataVersionProbe probe) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct) =>
            context.CacheVaryByRules.VaryByValues["data-version"] = (await probe.CurrentAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }
}
