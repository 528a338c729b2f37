using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutOfCourt.Web.Tests;

/// <summary>
/// The real app over a real SQLite file of its own, loaded with the bundled data on first start as a newcomer's
/// would be. Shared by the tests of a class (xUnit class fixture).
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("outofcourt-web-").FullName;
    public string DatabasePath => Path.Combine(Folder, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("OutOfCourt:Database", DatabasePath);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string url)
    {
        var response = await CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    /// <summary>Runs the CLI in-process on this app's database: the reference answer pages must agree with.</summary>
    public async Task<List<string[]>> CliQueryAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await Cli.Cli.RunAsync(["query", "--db", DatabasePath, .. args], stdout, stderr);
        if (exit != 0) throw new InvalidOperationException($"query failed: {stderr}");
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

public static class PageReading
{
    /// <summary>The data table of one chart: header cells and body rows as text.</summary>
    public static (List<string> Header, List<List<string>> Rows) Table(this IHtmlDocument page, string chartId)
    {
        var table = page.QuerySelector($"figure#{chartId} table") ?? throw new InvalidOperationException($"no chart '{chartId}' on the page");
        var header = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Replace("▲", "").Replace("serious", "").Trim()).ToList()).ToList();
        return (header, rows);
    }

    public static long Number(string cell) => long.Parse(cell.Split(' ')[0].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
}
