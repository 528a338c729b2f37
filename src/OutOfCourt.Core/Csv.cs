using CsvHelper;

namespace OutOfCourt.Core;

/// <summary>The one place that sets CsvHelper's reading options, so every CSV in the app is read the same way.</summary>
public static class Csv
{
    /// <summary>Comma-separated, line numbers on (for error reports), fields counted by us (so a short row is an error we can word).</summary>
    public static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        PoolStrings = true,
    };

    /// <summary>How every CSV the app writes looks: LF line ends, "#" comment lines for provenance.</summary>
    public static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with { NewLine = "\n", CommentPrefix = '#' };

    public static CsvReader Open(Stream stream, bool leaveOpen = false) => CsvReader.Create(stream, Options, leaveOpen);

    /// <summary>
    /// Reads a small reference file into header-keyed rows. Not for data files, which are streamed. Read as the
    /// data.police.uk files are, as trimmed UTF-8 spans.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadSmallFile(string path)
    {
        using var reader = new Import.CsvSpanReader(File.OpenRead(path), bufferSize: 64 << 10);
        var headers = reader.Headers;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Count; i++) row[headers[i]] = i < reader.FieldCount ? reader.FieldString(i).Trim() : "";
            if (row.Values.All(string.IsNullOrEmpty)) continue;
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>True when every field of the current record is empty, as in the trailing ",,,,," rows some republished files carry.</summary>
    public static bool IsBlankRecord(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
            if (!reader.IsEmpty(i) && !string.IsNullOrWhiteSpace(reader.GetString(i))) return false;
        return true;
    }
}
