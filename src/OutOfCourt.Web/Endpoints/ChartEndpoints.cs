using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Export;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;

namespace OutOfCourt.Web.Endpoints;

/// <summary>
/// Downloads: /charts/{name}.csv|json|svg (the rows or the picture of one chart, same query string as the page)
/// and /explore/download.csv (every cell behind Explore's filters, streamed).
/// </summary>
public static class ChartEndpoints
{
    public static void MapChartEndpoints(this WebApplication app)
    {
        app.MapGet("/charts/{name}.{format}", async (string name, string format, HttpContext context, RequestContextResolver resolver,
            OutcomeQueryService queries) =>
        {
            if (format is not ("csv" or "json" or "svg"))
                return Results.Problem($"'{format}' is not a download format: use csv, json or svg.", statusCode: 404, title: "Unknown format");
            ChartSpec chart;
            try
            {
                var request = await resolver.ResolveAsync(FilterParameters.Read(context.Request.Query), context.RequestAborted);
                chart = await ChartCatalogue.Get(name).BuildAsync(queries, request);
            }
            catch (UnanswerableQuestionException e)
            {
                return UnanswerableProblem.Of(e.Verdict, context.Request);
            }
            catch (QueryException e)
            {
                return Results.Problem(e.Message, statusCode: ChartCatalogue.Find(name) is null ? 404 : 400, title: "These filters cannot be shown");
            }
            if (await HttpCaching.NotModifiedAsync(context)) return Results.Empty;
            var generated = DateTimeOffset.UtcNow;
            var permalink = $"{context.Request.Scheme}://{context.Request.Host}{ChartCatalogue.FullView(chart)}";
            var svgOptions = ChartSvgOptions.Read(context.Request.Query);
            var variant = format != "svg" ? "" : (svgOptions.Print ? "-print" : "") + (svgOptions.ValueLabels ? "-values" : "");
            var file = $"{ChartFileName.Of(chart)}{variant}.{format}";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
            switch (format)
            {
                case "csv":
                    context.Response.ContentType = "text/csv; charset=utf-8";
                    await ChartData.WriteCsvAsync(chart, permalink, generated, context.Response.Body);
                    break;
                case "json":
                    context.Response.ContentType = "application/json; charset=utf-8";
                    await ChartData.WriteJsonAsync(chart, permalink, generated, context.Response.Body);
                    break;
                default:
                    context.Response.ContentType = "image/svg+xml; charset=utf-8";
                    await context.Response.WriteAsync(ChartSvg.Render(chart, generated, svgOptions));
                    break;
            }
            return Results.Empty;
        });

        app.MapGet("/explore/download.csv", async (HttpContext context, OutcomeQueryService queries) =>
        {
            var p = FilterParameters.Read(context.Request.Query);
            if (p.Errors.Count > 0) return Results.Problem(string.Join(" ", p.Errors), statusCode: 400, title: "These filters cannot be shown");
            var filter = p.ToFilter();
            QueryResult header;
            try
            {
                header = await queries.RunAsync(filter, []); // validates the filter and names it in words
            }
            catch (UnanswerableQuestionException e)
            {
                return UnanswerableProblem.Of(e.Verdict, context.Request);
            }
            catch (QueryException e)
            {
                return Results.Problem(e.Message, statusCode: 400, title: "These filters cannot be shown");
            }
            if (await HttpCaching.NotModifiedAsync(context)) return Results.Empty;
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"outofcourt-explore-{header.Dataset.Key}-full.csv\"";
            // CsvHelper writes synchronously, which the response stream refuses: rows go to a small buffer that is sent
            // every few thousand rows, so memory stays flat whatever the size of the download.
            var text = new StringWriter();
            using var csv = CsvWriter.Create(text, OutOfCourt.Core.Csv.WriterOptions, leaveOpen: true);
            async Task SendAsync()
            {
                csv.Flush();
                await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
                text.GetStringBuilder().Clear();
            }
            foreach (var line in Provenance.Lines(header, DateTimeOffset.UtcNow)) csv.WriteComment(" " + line);
            csv.WriteComment($" every stored count behind these filters, one row per force, period, offence and outcome");
            csv.WriteComment(" coverage: covered or partial (the dataset holds that force-year; a combination with no row is 0), " +
                             "or no data (a row with an empty count: the force-year is missing, not 0)");
            csv.WriteRecord(["dataset", "force", "force_name", "year", "period", "offence_category", "offence_code", "offence_name", "serious",
                "outcome_class", "outcome", "count", "coverage"]);
            var coverage = header.Coverage.ToDictionary(c => (c.Force.Id, c.Year), c => c.Status);
            var kind = header.Dataset.PeriodKind;
            var rows = 0;
            await foreach (var r in queries.StreamDetailAsync(filter, context.RequestAborted))
            {
                csv.WriteRecord(new[]
                {
                    r.Dataset.Key, r.Force.Slug, r.Force.Name, kind.YearLabel(r.Year), kind.PeriodLabel(r.Year, r.Period), r.Category.Slug,
                    r.Offence.Code, r.Offence.Name, r.Serious ? "yes" : "no", r.OutcomeClass.Slug, r.Outcome.Name.Length == 0 ? "(none)" : r.Outcome.Name,
                    r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    coverage.GetValueOrDefault((r.Force.Id, r.Year), CoverageEntry.Covered),
                }.Select((cell, i) => i == 11 ? cell : ResultWriters.Neutralise(cell)).ToArray());
                if (++rows % 5000 == 0) await SendAsync();
            }
            // A force-year the dataset does not hold is a row saying so, never a missing row a reader could take for 0.
            foreach (var gap in header.Coverage.Where(c => c.Status == CoverageEntry.NoData))
                csv.WriteRecord(new[] { header.Dataset.Key, gap.Force.Slug, gap.Force.Name, kind.YearLabel(gap.Year), "", "", "", "", "", "", "", "",
                    CoverageEntry.NoData }.Select(ResultWriters.Neutralise).ToArray());
            await SendAsync();
            return Results.Empty;
        });
    }
}
