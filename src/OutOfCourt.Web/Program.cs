using OutOfCourt.Core;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Endpoints;
using OutOfCourt.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<AppData>();
builder.Services.AddSingleton(sp => sp.GetRequiredService<AppData>().Refs);
// No DbContext here: pages read plain SQL through the query model (Core/Queries/Sql.cs). EF Core owns only the schema
// and its migrator, which start-up runs on a database that is behind (AppData.PrepareAsync).
builder.Services.AddQueryModel(sp =>
{
    var data = sp.GetRequiredService<AppData>();
    return (data.DatabasePath, data.Refs, data.DefaultDataset);
});
builder.Services.AddScoped<OutOfCourt.Web.Requests.RequestContextResolver>();
builder.Services.AddRazorPages();
builder.Services.AddPageOutputCache();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "OutOfCourt API";
    doc.Info.Description = "Community resolutions and other police outcomes by force, offence and year, from the official data. " +
        OutOfCourt.Core.Export.Provenance.Licence;
    return Task.CompletedTask;
}));

var app = builder.Build();

// First start: create the database and load the bundled real data; later starts find it loaded and go straight on.
await app.Services.GetRequiredService<AppData>().PrepareAsync();

if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.Use(async (context, next) =>
{
    // The app is not to be framed by other sites; embeds (/embed/...) are made to be.
    if (context.Request.Path.StartsWithSegments("/embed"))
        context.Response.Headers.ContentSecurityPolicy = "frame-ancestors *";
    else
    {
        context.Response.Headers.XFrameOptions = "SAMEORIGIN";
        context.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
    }
    context.Response.Headers.XContentTypeOptions = "nosniff";
    context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    await next();
});
app.UseStaticFiles();
app.UseRouting();
app.UseOutputCache();
var pages = app.MapRazorPages();
if (PageOutputCache.Enabled(app.Configuration)) pages.CacheOutput(PageOutputCache.Policy);
app.MapOpenApi("/openapi/{documentName}.json");
app.MapChartEndpoints();
app.MapApiEndpoints();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
