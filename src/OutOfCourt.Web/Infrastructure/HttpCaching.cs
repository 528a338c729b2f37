using System.Security.Cryptography;
using System.Text;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Web.Infrastructure;

/// <summary>
/// ETag and Cache-Control for downloads, embeds and the API, so a newsroom's CDN can absorb the traffic an embedded
/// chart brings. The tag hashes the address, the data version (every import changes it) and the policy version.
/// </summary>
public static class HttpCaching
{
    public const string CacheControl = "public, max-age=300";

    /// <summary>Sets the validators; returns true (after answering 304) when the client already has this version.</summary>
    public static async Task<bool> NotModifiedAsync(HttpContext context)
    {
        var catalog = context.RequestServices.GetRequiredService<DatasetCatalog>();
        var policy = context.RequestServices.GetRequiredService<ReferenceData>().Policy.Version;
        var version = await catalog.DataVersionAsync(context.RequestAborted);
        var key = $"{context.Request.Path}{context.Request.QueryString}|{version}|{policy}";
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers.Vary = "Accept-Encoding";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag || v == "*" || v.Split(',').Select(t => t.Trim()).Contains(etag))))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }
        return false;
    }
}
