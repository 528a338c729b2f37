namespace OutOfCourt.Core.Data.Tables;

/// <summary>
/// The crimes of one force and month from street files, kept so that outcome events (which carry no crime type) can
/// be given one, whichever import run brings them. <see cref="Keys"/> is an array of little-endian 64-bit entries:
/// the top 48 bits of a hash of the Crime ID, then the 16-bit offence id (see Import/CrimeTypeIndex.cs), in the
/// street file's order (databases written before 2026-12-02 have them sorted, which the join does not rely on).
/// One row per street slice, written with it and replaced with it: appending a blob costs nothing at national scale,
/// where a row per crime (70 million) in a B-tree keyed by a random hash made every import slower than the last.
/// </summary>
public sealed class CrimeTypeRun
{
    public long Id { get; set; }
    public int ForceId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public int Count { get; set; }
    public byte[] Keys { get; set; } = [];
}
