using System.Globalization;

namespace OutOfCourt.Core.Fetch;

/// <summary>
/// fetch-log.tsv in the cache folder: a line per completed download (UTC time, address, cached file, bytes,
/// SHA-256), so a user can check a file against the publisher's and see when it came. Appended, never rewritten.
/// </summary>
public static class FetchLog
{
    public const string FileName = "fetch-log.tsv";
    private const string Header = "fetched_at_utc\taddress\tfile\tbytes\tsha256";

    public static void Append(string cacheFolder, FetchItem item, DownloadedFile file)
    {
        Directory.CreateDirectory(cacheFolder);
        var log = Path.Combine(cacheFolder, FileName);
        var line = string.Join('\t', DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            item.Address, Path.GetRelativePath(cacheFolder, file.Path), file.Length.ToString(CultureInfo.InvariantCulture), file.Sha256);
        File.AppendAllText(log, (File.Exists(log) ? "" : Header + "\n") + line + "\n");
    }
}
