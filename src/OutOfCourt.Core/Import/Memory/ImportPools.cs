using System.Buffers;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The import's own array pools: a few arrays of each size, shared by every thread. The runtime's shared pool
/// keeps arrays per thread and per core as well, so each thread the pool of workers adds over a long import kept
/// its own buffers: memory grew with the length of the run.
/// </summary>
internal static class ImportPools
{
    public static ArrayPool<T> Create<T>() => ArrayPool<T>.Create(maxArrayLength: 64 << 20, maxArraysPerBucket: 2 * Environment.ProcessorCount + 2);

    public static readonly ArrayPool<byte> Bytes = Create<byte>();
}
