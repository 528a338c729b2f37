namespace OutOfCourt.Core.Fetch;

/// <summary>One file to download and import: where from, its name in the cache, its size when the server says, and why it is wanted.</summary>
public sealed record FetchItem(FetchSource Source, Uri Address, string FileName, string Reason)
{
    /// <summary>Bytes, when known before downloading (a HEAD request's Content-Length); null when the server does not say.</summary>
    public long? Size { get; init; }

    /// <summary>The cache subfolder of its source.</summary>
    public string Folder => Source == FetchSource.PoliceUk ? "police-uk" : "home-office";
}
