using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OutOfCourt.Core.Import;

/// <summary>
/// An outcome event whose crime falls in a later partition of its force's join, kept until that partition is
/// joined: the Crime ID's hash, and the event's packed count key (<see cref="PoliceUkFile.Pack"/>) with the index
/// of its file in the offence's place, the offence being what the join finds.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct SpilledEvent(ulong Hash, ulong Key)
{
    public int FileIndex => (int)((Key >> 16) & 0xFFFF);

    /// <summary>The count key of the event once its crime's offence is known.</summary>
    public ulong KeyWith(int offenceId) => (Key & ~0xFFFF0000UL) | ((ulong)(uint)offenceId << 16);
}

/// <summary>
/// The partitions of one force's outcome join after the first, in temporary files (a partitioned hash join). A
/// force with more street crimes than one partition holds is split by hash: the first partition's crimes are held
/// in memory while the outcome files are parsed, and the crimes and events of the others are written here as they
/// are met (8 and 16 bytes each), then joined partition by partition. Every CSV is read once however long the
/// history, and memory holds one partition's crimes per core, not the force's whole history. The files are
/// deleted when closed, on failure too.
/// </summary>
internal sealed class JoinSpill : IDisposable
{
    private readonly SafeFileHandle[] _crimes;
    private readonly SafeFileHandle[] _events;
    private readonly long[] _crimeBytes;
    private readonly long[] _eventBytes;

    public JoinSpill(int partitions)
    {
        Partitions = partitions;
        _crimes = new SafeFileHandle[partitions];
        _events = new SafeFileHandle[partitions];
        _crimeBytes = new long[partitions];
        _eventBytes = new long[partitions];
        try
        {
            for (var p = 1; p < partitions; p++)
            {
                _crimes[p] = Temp();
                _events[p] = Temp();
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public int Partitions { get; }

    private static readonly int EventBytes = System.Runtime.CompilerServices.Unsafe.SizeOf<SpilledEvent>();

    private static SafeFileHandle Temp() => File.OpenHandle(Path.Combine(Path.GetTempPath(), $"outofcourt-join-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);

    public long Crimes(int partition) => _crimeBytes[partition] / sizeof(ulong);

    public void AddCrimes(int partition, ReadOnlySpan<ulong> entries) => Append(_crimes[partition], _crimeBytes, partition, MemoryMarshal.AsBytes(entries));

    public void AddEvents(int partition, ReadOnlySpan<SpilledEvent> events) =>
        Append(_events[partition], _eventBytes, partition, MemoryMarshal.AsBytes(events));

    private static void Append(SafeFileHandle file, long[] lengths, int partition, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        lock (file)
        {
            RandomAccess.Write(file, bytes, lengths[partition]);
            lengths[partition] += bytes.Length;
        }
    }

    /// <summary>Reads a partition's crimes into <paramref name="into"/>, which must hold <see cref="Crimes"/> of them.</summary>
    public void ReadCrimes(int partition, Span<ulong> into)
    {
        var bytes = MemoryMarshal.AsBytes(into[..(int)Crimes(partition)]);
        for (long read = 0; read < bytes.Length;)
        {
            var n = RandomAccess.Read(_crimes[partition], bytes[(int)read..], read);
            if (n == 0) throw new IOException("a temporary file of the outcome join was cut short");
            read += n;
        }
    }

    /// <summary>Reads the next events of a partition from <paramref name="offset"/> (in events) into the buffer; 0 at the end.</summary>
    public int ReadEvents(int partition, long offset, Span<SpilledEvent> buffer)
    {
        var remaining = _eventBytes[partition] - offset * EventBytes;
        var wanted = MemoryMarshal.AsBytes(buffer);
        if (remaining < wanted.Length) wanted = wanted[..(int)remaining];
        var got = 0;
        while (got < wanted.Length)
        {
            var n = RandomAccess.Read(_events[partition], wanted[got..], offset * EventBytes + got);
            if (n == 0) throw new IOException("a temporary file of the outcome join was cut short");
            got += n;
        }
        return got / EventBytes;
    }

    public void Dispose()
    {
        foreach (var handle in _crimes.Concat(_events)) handle?.Dispose();
    }
}
