namespace OutOfCourt.Core.Fetch;

/// <summary>How a download is going, for a front end to draw: called from the downloading thread only.</summary>
public interface IFetchProgress
{
    /// <summary>A download begins; <paramref name="resumedFrom"/> bytes were already in the cache's .part file.</summary>
    void DownloadStarted(FetchItem item, long resumedFrom, long? total);
    void BytesReceived(FetchItem item, long received, long? total);
    /// <summary>The file is complete and checked; <paramref name="fromCache"/> when it was complete in the cache already.</summary>
    void DownloadFinished(FetchItem item, DownloadedFile file, bool fromCache);
}
