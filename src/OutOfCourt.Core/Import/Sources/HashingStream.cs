using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Counts the bytes read through it (for progress: percent of bytes, MB/s) and, when asked, takes their SHA-256 on
/// the way, so a file is read once for both its content hash and its rows.
/// </summary>
internal sealed class HashingStream(Stream inner, bool hashing) : Stream
{
    private readonly IncrementalHash? _sha = hashing ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    public long BytesRead { get; private set; }
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _sha?.AppendData(buffer[..n]);
        BytesRead += n;
        return n;
    }

    /// <summary>The same value as <see cref="ImportSource.Hash"/>: content, a line break, then the settings.</summary>
    public string HashWith(string settings)
    {
        if (_sha is null) throw new InvalidOperationException("this stream was not hashing");
        _sha.AppendData(System.Text.Encoding.UTF8.GetBytes("\n" + settings));
        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    protected override void Dispose(bool disposing)
    {
        if (disposing) { inner.Dispose(); _sha?.Dispose(); }
        base.Dispose(disposing);
    }
}
