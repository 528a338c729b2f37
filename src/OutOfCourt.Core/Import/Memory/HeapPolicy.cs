using System.Runtime;

namespace OutOfCourt.Core.Import;

/// <summary>
/// When the import compacts the heap: between its big units (a large file, a gigabyte of street files, a wave of
/// outcome files), where the garbage is known to be most of the heap. Left to itself the collector lets the heap grow
/// to several times what is live (docs/performance.md).
/// </summary>
internal static class HeapPolicy
{
    /// <summary>A file of another format this large leaves its strings and cell table behind.</summary>
    public const long LargeFileBytes = 16 << 20;

    /// <summary>Street files parsed between two compactions.</summary>
    public const long StreetBytesBetweenCompactions = 1L << 30;

    /// <summary>A wave of outcome files this many or more leaves garbage worth collecting before the next.</summary>
    public const int LargeWaveFiles = 12;

    /// <summary>Collects and compacts the whole heap, large objects included; a few milliseconds each.</summary>
    public static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
