using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace OutOfCourt.Core.Import;

/// <summary>
/// A CSV reader over raw UTF-8 bytes for the two big data.police.uk formats, which are millions of rows a year.
/// Fields are slices of one pooled buffer, so reading a row allocates nothing; the vectorised search for the next
/// separator does the scanning. RFC 4180: quoted fields, doubled quotes, separators and line breaks inside quotes,
/// and LF, CRLF or CR line ends. Line numbers count physical lines, as an editor shows them.
/// </summary>
internal sealed class Utf8CsvReader : IDisposable
{
    private static readonly SearchValues<byte> Delimiters = SearchValues.Create(",\r\n"u8);
    private const int MaxRecordBytes = 64 << 20;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start, _end;
    private bool _eof;
    private long _nextLine = 1;
    private int[] _fieldStart = new int[32], _fieldEnd = new int[32];
    private bool[] _fieldEscaped = new bool[32];
    private byte[] _scratch = new byte[256];

    /// <param name="bufferSize">Bytes read at a time: a megabyte for whole files (docs/performance.md), a little for a glance at the first rows.</param>
    public Utf8CsvReader(Stream stream, int bufferSize = 1 << 20)
    {
        _stream = stream;
        _buffer = ImportPools.Bytes.Rent(bufferSize);
        Fill();
        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _start = 3;
        if (!Read()) throw new InvalidDataException("the file is empty: it has no header row");
        var headers = new string[FieldCount];
        for (var i = 0; i < FieldCount; i++) headers[i] = FieldString(i);
        Headers = headers;
    }

    public IReadOnlyList<string> Headers { get; }
    public int FieldCount { get; private set; }
    /// <summary>The line the current record starts on (the header is line 1).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            if (_start >= _end && _eof) return false;
            if (_start < _end && TryParse(final: _eof, out var consumed))
            {
                _start += consumed;
                return true;
            }
            if (_eof) return false;
            Fill();
        }
    }

    /// <summary>The field's bytes without surrounding spaces; empty when the row is shorter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Field(int index)
    {
        if ((uint)index >= (uint)FieldCount) return default;
        ReadOnlySpan<byte> span = _buffer.AsSpan(_fieldStart[index], _fieldEnd[index] - _fieldStart[index]);
        if (_fieldEscaped[index]) span = Unescape(span);
        return span.Trim(" \t"u8);
    }

    public string FieldString(int index) => Encoding.UTF8.GetString(Field(index));

    /// <summary>True when every field is empty, as in the trailing ",,,," rows some republished files carry.</summary>
    public bool IsBlankRecord()
    {
        for (var i = 0; i < FieldCount; i++)
            if (!Field(i).IsEmpty) return false;
        return true;
    }

    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> quoted)
    {
        if (_scratch.Length < quoted.Length) _scratch = new byte[quoted.Length * 2];
        var n = 0;
        for (var i = 0; i < quoted.Length; i++)
        {
            _scratch[n++] = quoted[i];
            if (quoted[i] == (byte)'"' && i + 1 < quoted.Length && quoted[i + 1] == (byte)'"') i++;
        }
        return _scratch.AsSpan(0, n);
    }

    /// <summary>Parses one record from the buffered bytes; false when they end before it does (and more may come).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParse(bool final, out int consumed)
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        var pos = 0;
        var field = 0;
        long extraLines = 0;
        consumed = 0;
        while (true)
        {
            if (field == _fieldStart.Length) Grow();
            if (pos < span.Length && span[pos] == (byte)'"')
            {
                var i = pos + 1;
                var escaped = false;
                while (true)
                {
                    var q = span[i..].IndexOf((byte)'"');
                    if (q < 0)
                    {
                        if (!final) return false;
                        throw new InvalidDataException($"line {_nextLine}: a quoted field is never closed (a '\"' is missing)");
                    }
                    extraLines += span.Slice(i, q).Count((byte)'\n') + CountLoneCr(span.Slice(i, q));
                    i += q;
                    if (i + 1 >= span.Length && !final) return false;
                    if (i + 1 < span.Length && span[i + 1] == (byte)'"')
                    {
                        escaped = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                _fieldStart[field] = _start + pos + 1;
                _fieldEnd[field] = _start + i;
                _fieldEscaped[field] = escaped;
                pos = i + 1;
                // Anything between the closing quote and the next separator is kept out, as spreadsheets do.
                var stray = span[pos..].IndexOfAny(Delimiters);
                if (stray < 0)
                {
                    if (!final) return false;
                    stray = span.Length - pos;
                }
                pos += stray;
            }
            else
            {
                var d = span[pos..].IndexOfAny(Delimiters);
                if (d < 0)
                {
                    if (!final) return false;
                    d = span.Length - pos;
                }
                _fieldStart[field] = _start + pos;
                _fieldEnd[field] = _start + pos + d;
                _fieldEscaped[field] = false;
                pos += d;
            }
            field++;
            if (pos >= span.Length) break; // the last record, with no line end
            if (span[pos] == (byte)',')
            {
                pos++;
                continue;
            }
            if (span[pos] == (byte)'\r')
            {
                if (pos + 1 >= span.Length && !final) return false;
                if (pos + 1 < span.Length && span[pos + 1] == (byte)'\n') pos++;
            }
            pos++;
            break;
        }
        FieldCount = field;
        LineNumber = _nextLine;
        _nextLine += 1 + extraLines;
        consumed = pos;
        return true;
    }

    private static int CountLoneCr(ReadOnlySpan<byte> s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
            if (s[i] == (byte)'\r' && (i + 1 >= s.Length || s[i + 1] != (byte)'\n')) n++;
        return n;
    }

    private void Grow()
    {
        Array.Resize(ref _fieldStart, _fieldStart.Length * 2);
        Array.Resize(ref _fieldEnd, _fieldEnd.Length * 2);
        Array.Resize(ref _fieldEscaped, _fieldEscaped.Length * 2);
    }

    /// <summary>Keeps the unread bytes, and reads more after them; the buffer grows only for a record longer than itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill()
    {
        var left = _end - _start;
        if (left == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordBytes)
                throw new InvalidDataException($"line {_nextLine}: a record longer than {MaxRecordBytes >> 20} MB; is a quote left open?");
            var bigger = ImportPools.Bytes.Rent(_buffer.Length * 2);
            _buffer.CopyTo(bigger, 0);
            ImportPools.Bytes.Return(_buffer);
            _buffer = bigger;
        }
        else if (_start > 0) Buffer.BlockCopy(_buffer, _start, _buffer, 0, left);
        _start = 0;
        _end = left;
        while (_end < _buffer.Length)
        {
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
                break;
            }
            _end += n;
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_buffer.Length == 0) return;
        ImportPools.Bytes.Return(_buffer);
        _buffer = [];
    }
}
