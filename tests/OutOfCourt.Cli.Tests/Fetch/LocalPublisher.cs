using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OutOfCourt.Cli.Tests.Fetch;

/// <summary>
/// A stand-in for data.police.uk and GOV.UK on 127.0.0.1 (an ephemeral port): files and pages at the real sites'
/// paths, HEAD and Range requests answered as a web server does, every request recorded, and a switch that cuts the
/// next download of a file half-way (headers announce the whole length, half the bytes come, the connection drops).
/// </summary>
public sealed class LocalPublisher : IDisposable
{
    public const string ArchivePath = "/data/archive/";
    public const string HomeOfficePath = "/government/statistics/police-recorded-crime-and-outcomes-open-data-tables";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (byte[] Body, string Type)> _files = new();
    private readonly ConcurrentDictionary<string, bool> _cutNext = new();
    private readonly Task _loop;

    public LocalPublisher()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
        Page(HomeOfficePath, "<html><body><p>No workbooks yet.</p><a href=\"/guidance.pdf\">guidance</a></body></html>");
    }

    public int Port { get; }
    public string ArchiveAddress => $"http://127.0.0.1:{Port}{ArchivePath}";
    public string HomeOfficeAddress => $"http://127.0.0.1:{Port}{HomeOfficePath}";

    /// <summary>Each request as "METHOD /path" plus " Range: bytes=N-" when it asked for a range.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public void File(string path, byte[] body) => _files[path] = (body, "application/octet-stream");

    public void Page(string path, string html) => _files[path] = (System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    /// <summary>Serves the archives and lists them on the archive page with relative links, as the real page does.</summary>
    public void Archives(params (string Month, byte[] Zip)[] archives)
    {
        foreach (var (month, zip) in archives) File($"{ArchivePath}{month}.zip", zip);
        var links = string.Concat(archives.Select(a => $"<li><a href=\"{ArchivePath}{a.Month}.zip\">{a.Month}</a></li>"));
        Page(ArchivePath, $"<html><body><a href=\"{ArchivePath}latest.zip\">latest</a><ul>{links}</ul><a href=\"/about\">about</a></body></html>");
    }

    public void CutNextDownload(string path) => _cutNext[path] = true;

    public int Gets(string path) => Requests.Count(r => r.StartsWith($"GET {path}", StringComparison.Ordinal));

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var (request, response) = (context.Request, context.Response);
        var path = request.Url!.AbsolutePath;
        var range = request.Headers["Range"];
        Requests.Enqueue($"{request.HttpMethod} {path}{(range is null ? "" : $" Range: {range}")}");
        try
        {
            if (!_files.TryGetValue(path, out var file))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            response.ContentType = file.Type;
            long from = 0;
            if (range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
            {
                from = long.Parse(range[6..^1], CultureInfo.InvariantCulture);
                if (from >= file.Body.Length)
                {
                    response.StatusCode = 416;
                    response.Close();
                    return;
                }
                response.StatusCode = 206;
                response.Headers["Content-Range"] = $"bytes {from}-{file.Body.Length - 1}/{file.Body.Length}";
            }
            response.ContentLength64 = file.Body.Length - from;
            if (request.HttpMethod == "HEAD")
            {
                response.Close();
                return;
            }
            if (_cutNext.TryRemove(path, out _))
            {
                response.OutputStream.Write(file.Body, (int)from, (file.Body.Length - (int)from) / 2);
                response.OutputStream.Flush();
                response.Abort();
                return;
            }
            response.OutputStream.Write(file.Body, (int)from, file.Body.Length - (int)from);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away; nothing to answer.
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private bool _stopped;

    /// <summary>Stops serving (the test of a site that is down); disposing again does nothing.</summary>
    public void Dispose()
    {
        if (_stopped) return;
        _stopped = true;
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
