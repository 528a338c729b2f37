using Microsoft.Extensions.DependencyInjection;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Queries;

/// <summary>The query model in a service container: one <see cref="QueryModel"/> per scope (a web request).</summary>
public static class QueryModelServices
{
    /// <param name="source">Where the database is, its reference data and the configured default dataset, asked once per scope.</param>
    public static IServiceCollection AddQueryModel(this IServiceCollection services,
        Func<IServiceProvider, (string DatabasePath, ReferenceData Refs, string? DefaultDataset)> source)
    {
        services.AddSingleton<QueryCache>();
        services.AddScoped(sp =>
        {
            var (path, refs, defaultDataset) = source(sp);
            return QueryModel.ForRequest(path, refs, defaultDataset, sp.GetRequiredService<QueryCache>());
        });
        services.AddScoped(sp => sp.GetRequiredService<QueryModel>().Catalog);
        services.AddScoped(sp => sp.GetRequiredService<QueryModel>().Queries);
        services.AddScoped(sp => sp.GetRequiredService<QueryModel>().Rates);
        return services;
    }
}
