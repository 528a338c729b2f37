using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace OutOfCourt.Core.Fetch;

/// <summary>
/// What is newer than the database holds. data.police.uk: the archive listing's newest YYYY-MM.zip against the
/// newest month of the police-uk datasets (an archive holds the 36 months up to its own, so one archive covers a gap
/// of up to 36 months; a longer gap takes older archives too). Home Office: the workbooks the GOV.UK page links whose
/// file name no imported file has (their addresses carry a publication date, so a revised workbook has a new name;
/// equal content is still found by the importer's own checksum).
/// </summary>
public sealed partial class FetchPlanner(HttpClient http, SqliteConnection connection, FetchAddresses addresses)
{
    private const int MonthsPerArchive = 36;

    public async Task<FetchPlan> PlanAsync(CancellationToken ct = default)
    {
        var items = new List<FetchItem>();
        var findings = new List<string>();
        await PoliceUkAsync(items, findings, ct);
        await HomeOfficeAsync(items, findings, ct);
        for (var i = 0; i < items.Count; i++) items[i] = items[i] with { Size = await SizeAsync(items[i].Address, ct) };
        return new FetchPlan(items, findings);
    }

    private async Task PoliceUkAsync(List<FetchItem> items, List<string> findings, CancellationToken ct)
    {
        var listing = addresses.PoliceUkArchive;
        var archives = PageLinks.Of(await PageAsync(listing, ct), listing)
            .Select(uri => (Uri: uri, Month: ArchiveMonth(PageLinks.FileName(uri))))
            .Where(a => a.Month is not null)
            .GroupBy(a => a.Month!.Value).Select(g => (g.First().Uri, Month: g.Key))
            .OrderByDescending(a => a.Month).ToList();
        if (archives.Count == 0)
            throw new FetchFailedException(listing, "the page links no monthly archive (YYYY-MM.zip); is this the data.police.uk archive page?");

        var held = await NewestPoliceUkMonthAsync(ct);
        var newest = archives[0].Month;
        if (held is { } h && h >= newest)
        {
            findings.Add($"data.police.uk: nothing newer; the newest archive is {Label(newest)} and the database holds months to {Label(h)}.");
            return;
        }
        var why = held is { } had
            ? $"newer than the database's newest data.police.uk month, {Label(had)}"
            : "the database holds no data.police.uk months";
        // From the newest down: each archive covers its 36 months; the next is the earliest listed archive that still
        // holds the highest month not yet covered, until the months held are reached (one archive when none are held).
        var chosen = new List<int>();
        for (var uncovered = newest; held is { } h2 ? uncovered > h2 : chosen.Count == 0;)
        {
            var archive = archives.Where(a => a.Month >= uncovered && (chosen.Count == 0 || a.Month < chosen[^1])).MinBy(a => a.Month);
            if (archive.Uri is null) break;
            chosen.Add(archive.Month);
            var first = archive.Month - MonthsPerArchive + 1;
            items.Add(new FetchItem(FetchSource.PoliceUk, archive.Uri, PageLinks.FileName(archive.Uri),
                $"archive {Label(archive.Month)} holds {Label(first)} to {Label(archive.Month)}: {why}"));
            uncovered = first - 1;
        }
        findings.Add($"data.police.uk: the newest archive is {Label(newest)}; " +
                     (held is { } m ? $"the database holds months to {Label(m)}." : "the database holds no data.police.uk months."));
    }

    private async Task HomeOfficeAsync(List<FetchItem> items, List<string> findings, CancellationToken ct)
    {
        var page = addresses.HomeOfficePage;
        var workbooks = PageLinks.Of(await PageAsync(page, ct), page)
            .Where(uri => Workbook().IsMatch(PageLinks.FileName(uri)))
            .DistinctBy(PageLinks.FileName).ToList();
        var imported = await ImportedFileNamesAsync(ct);
        var wanted = workbooks.Where(uri => !imported.Contains(PageLinks.FileName(uri))).ToList();
        foreach (var uri in wanted)
            items.Add(new FetchItem(FetchSource.HomeOffice, uri, PageLinks.FileName(uri), "linked from the Home Office page; not imported yet"));
        findings.Add(workbooks.Count == 0
            ? $"Home Office: the page links no outcomes workbook (prc-outcomes-open-data-*.xlsx) or recorded crime table (prc-pfa-*.ods): {page}"
            : $"Home Office: the page links {workbooks.Count} workbook(s); {workbooks.Count - wanted.Count} imported already, {wanted.Count} to fetch.");
    }

    /// <summary>The page's text; an unreachable address or an error status ends the fetch before anything is written.</summary>
    private async Task<string> PageAsync(Uri address, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(address, ct);
            if (!response.IsSuccessStatusCode)
                throw new FetchFailedException(address, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            return await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new FetchFailedException(address, Downloads.Cause(e), e);
        }
    }

    /// <summary>The size a HEAD request announces, for the plan; null when the server does not say or refuses HEAD.</summary>
    private async Task<long?> SizeAsync(Uri address, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, address), ct);
            return response.IsSuccessStatusCode ? response.Content.Headers.ContentLength : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The newest month (as year * 12 + month - 1) of the data.police.uk datasets, from the slices that are current.</summary>
    private async Task<int?> NewestPoliceUkMonthAsync(CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT MAX(s.Year * 12 + s.Period - 1) FROM Slices s JOIN Datasets d ON d.Id = s.DatasetId " +
                          "WHERE d.Key IN ('police-uk-street', 'police-uk-outcomes')";
        return await cmd.ExecuteScalarAsync(ct) is long month ? (int)month : null;
    }

    /// <summary>The file names of imported files that are still current (a zip entry's name is its archive's).</summary>
    private async Task<HashSet<string>> ImportedFileNamesAsync(CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Path FROM ImportedFiles WHERE ReplacedAt IS NULL";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(Path.GetFileName(reader.GetString(0).Split('!')[0]));
        return names;
    }

    private static int? ArchiveMonth(string fileName)
    {
        var m = ArchiveName().Match(fileName);
        if (!m.Success) return null;
        var (year, month) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return month is >= 1 and <= 12 ? year * 12 + month - 1 : null;
    }

    private static string Label(int month) => $"{month / 12}-{month % 12 + 1:00}";

    [GeneratedRegex(@"^(\d{4})-(\d{2})\.zip$")]
    private static partial Regex ArchiveName();

    /// <summary>The outcomes workbooks (one per financial year) and the recorded crime tables by police force area.</summary>
    [GeneratedRegex(@"^prc-(outcomes-open-data-.*\.xlsx|pfa-.*\.ods)$", RegexOptions.IgnoreCase)]
    private static partial Regex Workbook();
}
