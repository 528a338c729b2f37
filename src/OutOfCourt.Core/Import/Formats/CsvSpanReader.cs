using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The data.police.uk files, millions of rows a year, read through CsvHelper's UTF-8 spans so a row allocates nothing.
/// Adds what the importer words itself: fields without surrounding spaces, a record of blanks, an empty file and a quote
/// left open as errors that name their line. Line numbers count physical lines, as an editor shows them.
/// </summary>
internal sealed class CsvSpanReader : IDisposable
{
    private readonly CsvReader _csv;
    private long _unclosedQuoteLine;

    /// <param name="bufferSize">Bytes read at a time: CsvHelper's default for whole files, a little for a glance at the first rows.</param>
    public CsvSpanReader(Stream stream, int bufferSize = 64 << 10)
    {
        // A quote left open would swallow the rest of the file as one field: noted here, refused in Read.
        var options = Csv.Options with
        {
            BufferSize = bufferSize,
            MaxRecordSize = 64 << 20,
            OnMalformedRecord = r => { if (r.Reason == CsvMalformedReason.UnterminatedQuote) _unclosedQuoteLine = r.LineNumber; },
        };
        _csv = CsvReader.Create(stream, options);
        var headers = _csv.Headers;
        if (headers.Count == 0)
        {
            _csv.Dispose();
            throw new InvalidDataException("the file is empty: it has no header row");
        }
        Headers = headers.Select(h => h.Trim(' ', '\t')).ToArray();
    }

    public IReadOnlyList<string> Headers { get; }
    public int FieldCount => _csv.FieldCount;
    /// <summary>The line the current record starts on (the header is line 1).</summary>
    public long LineNumber => _csv.LineNumber;

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        var read = _csv.Read();
        if (_unclosedQuoteLine > 0) throw new InvalidDataException($"line {_unclosedQuoteLine}: a quoted field is never closed (a '\"' is missing)");
        return read;
    }

    /// <summary>The field's bytes without surrounding spaces; empty when the row is shorter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Field(int index) => _csv.GetSpan(index).Trim(" \t"u8);

    public string FieldString(int index) => Encoding.UTF8.GetString(Field(index));

    /// <summary>True when every field is empty, as in the trailing ",,,," rows some republished files carry.</summary>
    public bool IsBlankRecord()
    {
        for (var i = 0; i < FieldCount; i++)
            if (!Field(i).IsEmpty) return false;
        return true;
    }

    public void Dispose() => _csv.Dispose();
}
