using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Export;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Endpoints;

/// <summary>
/// /api/v1: the pages' queries as JSON (counts grouped by force, offence, year and outcome, with the same filters
/// and the serious flag) and the reference lists. Errors are RFC 9457 problem details with a 4xx status. Every
/// answer carries an ETag (changed by any import) and Cache-Control. The OpenAPI document is /openapi/v1.json.
/// </summary>
public static class ApiEndpoints
{
    public static void MapApiEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("OutOfCourt API v1");

        api.MapGet("/counts", async (HttpContext context, OutcomeQueryService queries,
                [FromQuery, Description(ApiParameterText.Dataset)] string? dataset,
                [FromQuery, Description(ApiParameterText.Force)] string[]? force,
                [FromQuery, Description(ApiParameterText.Offence)] string? offence,
                [FromQuery, Description(ApiParameterText.From)] string? from,
                [FromQuery, Description(ApiParameterText.To)] string? to,
                [FromQuery, Description(ApiParameterText.Year)] string? year,
                [FromQuery, Description(ApiParameterText.Outcome)] string? outcome,
                [FromQuery, Description(ApiParameterText.Serious)] string? serious,
                [FromQuery, Description(ApiParameterText.By)] string? by) =>
            {
                var p = FilterParameters.Read(context.Request.Query);
                if (p.Errors.Count > 0) return Problem(string.Join(" ", p.Errors));
                IReadOnlyList<GroupBy> groupBy;
                try { groupBy = GroupByNames.Parse(by); }
                catch (FormatException e) { return Problem(e.Message); }
                QueryResult result;
                try { result = await queries.RunAsync(p.ToFilter(), groupBy, context.RequestAborted); }
                catch (UnanswerableQuestionException e) { return UnanswerableProblem.Of(e.Verdict, context.Request); }
                catch (QueryException e) { return Problem(e.Message); }
                if (await HttpCaching.NotModifiedAsync(context)) return Results.Empty;
                context.Response.ContentType = "application/json; charset=utf-8";
                using var buffer = new MemoryStream();
                JsonExport.WriteResult(result, buffer);
                return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
            })
            .WithName("GetCounts")
            .WithSummary("Counts from one dataset, filtered and grouped")
            .WithDescription("Same filters as the pages (docs/urls.md). by: any of force, year, offence, code, outcome, serious (comma-separated). Without " +
                "dataset, the default dataset is used and named in the answer.")
            .Produces<CountsAnswer>(200, "application/json")
            .ProducesProblem(400)
            .ProducesProblem(422);

        api.MapGet("/rates", async (HttpContext context, RateQuery rates, [FromQuery] string? dataset, [FromQuery] string[]? force,
                [FromQuery] string? offence, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? year, [FromQuery] string? outcome) =>
            {
                var p = FilterParameters.Read(context.Request.Query);
                if (p.Errors.Count > 0) return Problem(string.Join(" ", p.Errors));
                RateResult result;
                try { result = await rates.RunAsync(p.ToFilter(), context.RequestAborted); }
                catch (QueryException e) { return Problem(e.Message); }
                if (await HttpCaching.NotModifiedAsync(context)) return Results.Empty;
                using var buffer = new MemoryStream();
                RateWriters.WriteJson(result, buffer);
                return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
            })
            .WithName("GetRates")
            .WithSummary("An outcome per 1,000 recorded crimes and as a share of all outcomes, by force and year")
            .WithDescription("Community resolutions unless outcome names another class. Each row carries its count, all outcomes and recorded crime; " +
                             "a rate is null where its denominator is missing (partial year, recorded crime not published, an offence filter).")
            .Produces(200, contentType: "application/json")
            .ProducesProblem(400);

        api.MapGet("/forces", (ReferenceData refs, HttpContext c) => Cached(c, () =>
                refs.Forces.Select(f => new { f.Slug, f.Name, aliases = f.Aliases.Split('|', StringSplitOptions.RemoveEmptyEntries), f.Nation })))
            .WithName("GetForces").WithSummary("The 45 forces with their slugs and every alias the sources use")
            .Produces<IReadOnlyList<ForceInfo>>(200, "application/json");

        api.MapGet("/offences", (ReferenceData refs, HttpContext c) => Cached(c, () => new
            {
                categories = refs.Categories.Select(cat => new { cat.Slug, cat.Name, cat.Description }),
                offences = refs.Offences.OrderBy(o => o.Scheme).ThenBy(o => o.Code, StringComparer.Ordinal).Select(o => new
                {
                    o.Scheme, o.Code, o.Name, o.Group, o.Subgroup, category = refs.CategoryById[o.CategoryId].Slug, serious = refs.IsSerious(o.Id),
                }),
            }))
            .WithName("GetOffences").WithSummary("Offence categories, and every Home Office code and data.police.uk crime type with its category and serious " +
                "flag")
            .Produces<OffencesAnswer>(200, "application/json");

        api.MapGet("/outcomes", (ReferenceData refs, HttpContext c) => Cached(c, () => refs.OutcomeClasses.Select(cls => new
            {
                cls.Slug, cls.Name, cls.IsOutcome, cls.Description,
                outcomes = refs.Outcomes.Where(o => o.ClassId == cls.Id).Select(o => new { o.Scheme, o.Code, o.Name }),
            })))
            .WithName("GetOutcomes").WithSummary("Outcome classes and the source outcomes mapped to each")
            .Produces<IReadOnlyList<OutcomeClassInfo>>(200, "application/json");

        api.MapGet("/policy", (ReferenceData refs, HttpContext c) => Cached(c, () => new
            {
                refs.Policy.Version, refs.Policy.Title, refs.Policy.Summary, refs.Policy.Sources,
                entries = refs.Policy.Entries.Select(e => new { e.Match, e.Value, e.Reason }),
            }))
            .WithName("GetPolicy").WithSummary("The seriousness policy in force, with its version and a reason for every entry")
            .Produces<PolicyAnswer>(200, "application/json");

        api.MapGet("/datasets", async (DatasetCatalog catalog, HttpContext c) =>
            {
                var summaries = await catalog.SummariesAsync(c.RequestAborted);
                var defaultKey = summaries.Any(s => s.Files > 0) ? (await catalog.ResolveAsync(null, c.RequestAborted)).Summary.Dataset.Key : null;
                return await Cached(c, () => summaries.Select(s => new
                {
                    s.Dataset.Key, s.Dataset.Name, s.Dataset.Publisher, s.Dataset.Measure, periodKind = s.Dataset.PeriodKind.Slug(),
                    s.Dataset.Description, s.Files, s.Forces, s.FirstYear, s.LastYear, s.Rows, s.Notes, lastImport = s.LastImport,
                    isDefault = s.Dataset.Key == defaultKey,
                    offenceLevels = s.Granularity.OffenceLevels, records = s.Granularity.Records,
                }));
            })
            .WithName("GetDatasets").WithSummary("Datasets, what each measures, what has been imported and which is the default")
            .Produces<IReadOnlyList<DatasetInfo>>(200, "application/json");
    }

    private static IResult Problem(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request's parameters cannot be answered",
            type: "https://www.rfc-editor.org/rfc/rfc9457#section-3");

    private static async Task<IResult> Cached<T>(HttpContext context, Func<T> body) =>
        await HttpCaching.NotModifiedAsync(context) ? Results.Empty : Results.Json(body());
}
