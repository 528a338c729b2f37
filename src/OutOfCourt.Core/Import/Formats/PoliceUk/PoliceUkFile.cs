using System.Runtime.CompilerServices;

namespace OutOfCourt.Core.Import;

/// <summary>A data.police.uk file on its way in: what was read from it, and what will be written if it lands.</summary>
internal sealed class PoliceUkFile(ImportSource source, FileFormat format)
{
    public ImportSource Source { get; } = source;
    public FileFormat Format { get; } = format;
    public FileImportResult Result { get; } = new() { File = source.DisplayName, Format = format, Bytes = source.Length };
    /// <summary>
    /// The file's rows by a packed key (<see cref="Pack"/>), 24 bytes a cell: a parsed file waits in this form for
    /// its turn to be written (a force's ten years of outcome files are parsed before the first is written), and
    /// becomes <see cref="FactKey"/> cells only then (<see cref="TakeFacts"/>).
    /// </summary>
    public Dictionary<ulong, long> Counts { get; } = new();
    /// <summary>Street files: each slice's crimes as crime-type index entries.</summary>
    public Dictionary<(int ForceId, int Year, int Month), PooledList<ulong>> Crimes { get; } = new();
    /// <summary>SHA-256 of the content and the import settings, taken while the file is read the first time.</summary>
    public string Hash { get; set; } = "";
    public bool Done => Result.Status is FileStatus.Rejected or FileStatus.Unchanged;

    /// <summary>force 16 bits, year since 2000 8, month 8, offence 16, outcome 16: every id is checked to fit.</summary>
    public static ulong Pack(int forceId, int year, int month, int offenceId, int outcomeId) =>
        (uint)forceId <= 0xFFFF && (uint)offenceId <= 0xFFFF && (uint)outcomeId <= 0xFFFF
            ? ((ulong)forceId << 48) | ((ulong)(year - 2000) << 40) | ((ulong)month << 32) | ((ulong)offenceId << 16) | (uint)outcomeId
            : throw new InvalidOperationException($"an id does not fit in 16 bits (force {forceId}, offence {offenceId}, outcome {outcomeId})");

    /// <summary>The cell a <see cref="Pack"/>ed key names, in the given dataset.</summary>
    public static FactKey Unpack(ulong key, int datasetId) =>
        new(datasetId, (int)(key >> 48), 2000 + (int)((key >> 40) & 0xFF), (int)((key >> 32) & 0xFF), (int)((key >> 16) & 0xFFFF), (int)(key & 0xFFFF));

    /// <summary>Adds counts by packed key to the file's (the sums of a later join partition).</summary>
    public void AddCounts(Dictionary<ulong, long> counts)
    {
        foreach (var (key, count) in counts)
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Counts, key, out _) += count;
    }

    /// <summary>The file's cells, for the writer; the counts are let go (the file may wait on in its wave).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FactAggregator TakeFacts(int datasetId)
    {
        var facts = new FactAggregator();
        foreach (var (key, count) in Counts) facts.Add(Unpack(key, datasetId), count, rows: count);
        ReleaseCounts();
        return facts;
    }

    /// <summary>Lets the counts go (a file written, refused or already imported).</summary>
    public void ReleaseCounts()
    {
        Counts.Clear();
        Counts.TrimExcess();
    }

    /// <summary>Gives the crimes' arrays back to the pool once they are written (or not needed).</summary>
    public void ReleaseCrimes()
    {
        foreach (var list in Crimes.Values) list.Dispose();
        Crimes.Clear();
    }

    public void Reject(string message) => Result.Reject(message);
}
