using System.CommandLine;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Fetch;

namespace OutOfCourt.Cli;

/// <summary>`outofcourt fetch`: what is newer than the database holds, downloaded into the cache and imported by the one importer.</summary>
internal sealed class FetchCommand(TextWriter output, TextWriter error)
{
    private const string Synopsis = """
        usage: outofcourt fetch [--db PATH] [--cache DIR] [--dry-run] [--police-uk-archive URL] [--home-office-page URL]
        """;

    private const string Details = $"""
        Downloads what is newer than the database holds and imports it as `import` would:
          - data.police.uk: the newest monthly archive (YYYY-MM.zip, linked from the archive page) when it is newer than
            the newest month held. Each archive holds 36 months of every force's files, so it revises months already
            held: a revised force-month replaces the earlier one whole, an unchanged one is left as it is, and
            stop-and-search files are skipped (they hold no crime outcomes).
          - Home Office: the outcomes workbooks and recorded crime tables linked from the GOV.UK page
            (prc-outcomes-open-data-*.xlsx, prc-pfa-*.ods) that no imported file is named after.
        Downloads go to the cache folder as NAME.part and are resumed with a Range request when a run is cut off; a
        download is imported only when it is complete (its length checked). Each download's SHA-256 is kept in the
        cache's {FetchLog.FileName} and in the note of every file imported from it (`datasets` lists the notes).
        Addresses and cache, unless the options below say otherwise:
          {FetchAddresses.PoliceUkVariable}, else {FetchAddresses.DefaultPoliceUkArchive}
          {FetchAddresses.HomeOfficeVariable}, else {FetchAddresses.DefaultHomeOfficePage}
          {FetchAddresses.CacheVariable}, else data/local/fetch-cache
        The web app never fetches: run this by hand or as a scheduled job (README, docs/fetch.md).

        Exit status: 0 when everything fetched was imported (or nothing was new), 1 when an address could not be read,
        a download did not complete or a file was refused, 2 for wrong usage.
        """;

    private readonly Option<string> _db = Cli.DbOption();
    private readonly Option<string> _cache = Cli.Valued("--cache", "DIR",
        $"where downloads are kept and resumed (default: {FetchAddresses.CacheVariable}, else data/local/fetch-cache)");
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "list what would be fetched (address, size, why); download and change nothing" };
    private readonly Option<string> _policeUk = Cli.Valued("--police-uk-archive", "URL",
        $"the data.police.uk archive page that links YYYY-MM.zip (default: {FetchAddresses.PoliceUkVariable}, else {FetchAddresses.DefaultPoliceUkArchive})");
    private readonly Option<string> _homeOffice = Cli.Valued("--home-office-page", "URL",
        $"the GOV.UK page that links the Home Office workbooks (default: {FetchAddresses.HomeOfficeVariable}, else the real page)");

    public static Command Create(TextWriter output, TextWriter error) => new FetchCommand(output, error).Build();

    private Verb Build()
    {
        var command = new Verb("fetch", "download and import what is newer than the database holds, from data.police.uk and the Home Office",
            Synopsis, Details) { _db, _cache, _dryRun, _policeUk, _homeOffice };
        command.SetAction((line, ct) => RunAsync(line, ct));
        return command;
    }

    private async Task<int> RunAsync(ParseResult line, CancellationToken ct)
    {
        foreach (var option in new[] { _policeUk, _homeOffice })
            if (line.GetValue(option) is { } given && !FetchAddresses.IsWebAddress(given))
                throw new UsageException($"{option.Name}: '{given}' is not an http or https address");
        var addresses = FetchAddresses.Resolve(line.GetValue(_policeUk), line.GetValue(_homeOffice));
        var cache = FetchAddresses.CacheFolder(line.GetValue(_cache));
        var dryRun = line.GetValue(_dryRun);

        var (path, refs) = await Cli.OpenAsync(line.GetValue(_db));
        error.WriteLine($"database: {path}");
        await using var connection = OutOfCourtDatabase.Open(path);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd("OutOfCourt-fetch/1.0");
        var fetcher = new Fetcher(http, connection, refs);
        var plan = await fetcher.PlanAsync(addresses, ct);
        foreach (var finding in plan.Findings) error.WriteLine(finding);

        if (dryRun)
        {
            output.WriteLine(plan.Items.Count == 0 ? "nothing to fetch" : "would fetch:");
            foreach (var item in plan.Items)
                output.WriteLine($"  {item.Address}  {(item.Size is { } s ? $"{s:N0} bytes" : "size not given")}  {item.Reason}");
            return 0;
        }
        if (plan.Items.Count == 0)
        {
            error.WriteLine("summary: nothing newer than the database holds; nothing downloaded or imported");
            return 0;
        }
        foreach (var item in plan.Items) error.WriteLine($"to fetch: {item.Address}: {item.Reason}");
        var interactive = !Console.IsErrorRedirected && error == Console.Error;
        var tally = new ImportTally(new ConsoleProgress(error, interactive));
        var result = await fetcher.RunAsync(plan, cache, new FetchProgress(error, interactive), tally, ct);

        var totals = result.Fetched.Select(f => f.Import.Totals).ToList();
        error.WriteLine($"summary: {result.Fetched.Count} download(s), {result.Fetched.Sum(f => f.File.Length) / 1e6:N1} MB, in {cache} " +
                        $"(checksums in {FetchLog.FileName}); {totals.Sum(t => t.Files)} file(s): {totals.Sum(t => t.Imported)} imported, " +
                        $"{totals.Sum(t => t.Unchanged)} unchanged, {totals.Sum(t => t.Refused)} refused, {totals.Sum(t => t.Skipped)} skipped" +
                        string.Concat(tally.SkippedBecause.Select(s => $" ({s.Value} because {s.Key.Replace("; skipped", "")})")));
        return result.Succeeded ? 0 : 1;
    }
}
