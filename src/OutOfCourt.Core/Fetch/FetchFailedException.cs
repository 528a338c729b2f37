namespace OutOfCourt.Core.Fetch;

/// <summary>An address could not be read or a download did not complete: which address, and why. Nothing was imported from it.</summary>
public sealed class FetchFailedException(Uri address, string cause, Exception? inner = null)
    : Exception($"{address}: {cause}", inner)
{
    public Uri Address { get; } = address;
    public string Cause { get; } = cause;
}
