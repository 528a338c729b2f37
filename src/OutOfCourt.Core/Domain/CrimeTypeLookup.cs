namespace OutOfCourt.Core.Domain;

/// <summary>
/// Crime ID to crime type, kept from street files so that outcome events (which carry no crime type) can be joined
/// to it, whichever import run brought the street file. The key is the first 8 bytes of the 64-hex-digit Crime ID.
/// </summary>
public sealed class CrimeTypeLookup
{
    public long CrimeKey { get; set; }
    public int OffenceId { get; set; }
}
