using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace OutOfCourt.Core.Fetch;

/// <summary>
/// A download into the cache that survives being cut off: bytes go to NAME.part, a re-run asks for the rest with an
/// HTTP Range request, and only a file of the announced length is renamed to NAME. A server that ignores the range
/// sends the whole file again, which replaces the part.
/// </summary>
public sealed class Downloads(HttpClient http, IFetchProgress progress)
{
    /// <summary>How long a download may send nothing before it counts as cut off (the client's own timeout ends at the headers).</summary>
    public static TimeSpan IdleTimeout { get; } = TimeSpan.FromSeconds(60);

    public async Task<DownloadedFile> GetAsync(FetchItem item, string path, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            var cached = new DownloadedFile(path, new FileInfo(path).Length, Sha256(path));
            progress.DownloadFinished(item, cached, fromCache: true);
            return cached;
        }
        var part = path + ".part";
        try
        {
            await ReceiveAsync(item, part, ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            var kept = File.Exists(part) ? new FileInfo(part).Length : 0;
            throw new FetchFailedException(item.Address,
                $"{Cause(e)}; {kept:N0} bytes are kept in {part} and the download resumes from there next time", e);
        }
        File.Move(part, path);
        var file = new DownloadedFile(path, new FileInfo(path).Length, Sha256(path));
        progress.DownloadFinished(item, file, fromCache: false);
        return file;
    }

    private async Task ReceiveAsync(FetchItem item, string part, CancellationToken ct)
    {
        var have = File.Exists(part) ? new FileInfo(part).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, item.Address);
        if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            // The part is no prefix of what the server holds now (the file changed or the part is whole): start again.
            File.Delete(part);
            await ReceiveAsync(item, part, ct);
            return;
        }
        if (!response.IsSuccessStatusCode)
            throw new FetchFailedException(item.Address, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");

        var resumed = response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange is { From: { } from } && from == have;
        if (!resumed) have = 0;
        long? total = resumed ? response.Content.Headers.ContentRange!.Length : response.Content.Headers.ContentLength;
        progress.DownloadStarted(item, have, total);

        await using (var output = new FileStream(part, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        await using (var input = await response.Content.ReadAsStreamAsync(ct))
        {
            var buffer = new byte[1 << 16];
            var received = have;
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
            idle.CancelAfter(IdleTimeout);
            int n;
            while ((n = await input.ReadAsync(buffer, idle.Token)) > 0)
            {
                idle.CancelAfter(IdleTimeout);
                await output.WriteAsync(buffer.AsMemory(0, n), ct);
                received += n;
                progress.BytesReceived(item, received, total);
            }
        }
        var length = new FileInfo(part).Length;
        if (total is { } expected && length != expected)
            throw new IOException($"the download ended after {length:N0} of {expected:N0} bytes");
    }

    /// <summary>SHA-256 of the file as downloaded, in lower-case hex: the checksum the fetch log and each imported file's note record.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Why a request failed, in a few words: "no connection: Connection refused (127.0.0.1:5000)", "no answer in time".</summary>
    internal static string Cause(Exception e)
    {
        if (e is OperationCanceledException) return "no answer in time";
        var inner = e;
        while (inner.InnerException is { } next) inner = next;
        var message = e.Message.TrimEnd('.');
        if (inner != e && !message.Contains(inner.Message.TrimEnd('.'), StringComparison.Ordinal)) message += $" ({inner.Message.TrimEnd('.')})";
        return e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError }
            ? $"no connection: {message}; check the network and the address"
            : message;
    }
}
