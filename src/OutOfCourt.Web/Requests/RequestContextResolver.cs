using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Requests;

/// <summary>Resolves a request's <see cref="RequestContext"/> from its filters: once per request, at its edge.</summary>
public sealed class RequestContextResolver(DatasetCatalog catalog, ReferenceData refs)
{
    /// <summary>For downloads and embeds: throws <see cref="QueryException"/> for malformed filters or an unknown dataset.</summary>
    public async Task<RequestContext> ResolveAsync(FilterParameters parameters, CancellationToken ct = default)
    {
        if (parameters.Errors.Count > 0) throw new QueryException(string.Join("; ", parameters.Errors));
        var (summary, isDefault) = await catalog.ResolveAsync(parameters.Dataset, ct);
        return await ForDatasetAsync(parameters, summary, isDefault, ct);
    }

    /// <summary>For pages, which resolve the dataset themselves (an unknown one still shows the form).</summary>
    public async Task<RequestContext> ForDatasetAsync(FilterParameters parameters, DatasetSummary summary, bool isDefault, CancellationToken ct = default) =>
        new()
        {
            Parameters = parameters, Summary = summary, DatasetIsDefault = isDefault,
            // As the query finds them (a slug, else an alias): a force it cannot find, it reports.
            Forces = parameters.Forces.Select(Force).OfType<Force>().ToList(),
            Category = parameters.Offence is { } o && refs.CategoryBySlug.TryGetValue(o, out var category) ? category : null,
            Coverage = await catalog.CoverageAsync(summary.Dataset, ct: ct),
            // The 43 territorial forces of England and Wales are "all forces"; a dataset with fewer says how many it holds.
            ForcesKnown = refs.Forces.Count(f => f.Nation is "England" or "Wales"),
            InUseOf = refs.InUse,
        };

    private Force? Force(string slug) => refs.ForceBySlug.TryGetValue(slug.Trim(), out var force) ? force : refs.FindForce(slug);
}
