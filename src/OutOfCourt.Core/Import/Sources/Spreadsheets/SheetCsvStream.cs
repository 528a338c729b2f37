using System.Text;

namespace OutOfCourt.Core.Import;

/// <summary>
/// A workbook's data sheet read as the CSV export of it would be: header first, then one line a row, produced as the
/// importer reads (nothing is written to disk), so a workbook goes through the same stages and parser as its CSV.
/// </summary>
internal sealed class SheetCsvStream : Stream
{
    private readonly DataSheet _sheet;
    private readonly IDisposable _owner;
    private readonly IEnumerator<string[]> _rows;
    private readonly int _width;
    private byte[] _pending;
    private int _offset;
    private readonly StringBuilder _line = new();

    public SheetCsvStream(DataSheet sheet, IDisposable owner)
    {
        _sheet = sheet;
        _owner = owner;
        _width = sheet.Header.Length;
        _rows = sheet.Rows().GetEnumerator();
        _pending = Encode(sheet.Header);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_offset == _pending.Length)
            {
                if (!_rows.MoveNext()) break;
                _pending = Encode(_rows.Current);
                _offset = 0;
            }
            var n = Math.Min(buffer.Length - written, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer[written..]);
            _offset += n;
            written += n;
        }
        return written;
    }

    /// <summary>One CSV line, cut or padded to the header's width (formatting can leave stray empty cells past it).</summary>
    private byte[] Encode(string[] cells)
    {
        _line.Clear();
        for (var i = 0; i < _width; i++)
        {
            if (i > 0) _line.Append(',');
            var cell = i < cells.Length ? cells[i] : "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0) _line.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else _line.Append(cell);
        }
        _line.Append('\n');
        return Encoding.UTF8.GetBytes(_line.ToString());
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _sheet.Dispose();
            _owner.Dispose();
        }
        base.Dispose(disposing);
    }
}
