using OutOfCourt.Core;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// One database setting shared with the CLI: OutOfCourt:Database, overridden by OUTOFCOURT_DB; default data/local/outofcourt.db.
var dataDirectory = DataDirectory.Locate();
var databasePath = DataDirectory.DatabasePath(configured: builder.Configuration["OutOfCourt:Database"]);

// First start: create the database and load the bundled real data; later starts find it loaded and go straight on.
var refs = await OutOfCourtSetup.PrepareAsync(databasePath, dataDirectory, loadBundled: true);

builder.Services.AddSingleton(refs);
builder.Services.AddDbContext<OutOfCourtDbContext>(o => o.UseSqliteReadOnlyFriendly(databasePath));
builder.Services.AddScoped(sp => new DatasetCatalog(sp.GetRequiredService<OutOfCourtDbContext>(), refs,
    builder.Configuration["OutOfCourt:DefaultDataset"] is { Length: > 0 } d ? d : null));
builder.Services.AddScoped<OutcomeQueryService>();
builder.Services.AddScoped<Dashboard>();
builder.Services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));

var app = builder.Build();

if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
app.Use(async (context, next) =>
{
    // The app is not to be framed by other sites (embeds are a separate, framable route).
    context.Response.Headers.XFrameOptions = "SAMEORIGIN";
    context.Response.Headers.XContentTypeOptions = "nosniff";
    context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    await next();
});
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
