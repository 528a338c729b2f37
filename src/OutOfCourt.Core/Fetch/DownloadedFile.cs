namespace OutOfCourt.Core.Fetch;

/// <summary>A complete download in the cache: its path, length and SHA-256 (of the file as downloaded, e.g. the whole .zip).</summary>
public sealed record DownloadedFile(string Path, long Length, string Sha256);
