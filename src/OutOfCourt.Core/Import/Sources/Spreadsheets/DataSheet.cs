namespace OutOfCourt.Core.Import;

/// <summary>
/// The sheet of a workbook that holds the data: the first whose header row, within its first <see cref="RowsSearched"/>
/// rows, is told as a known format by <see cref="FileFormat.Detect"/> (the same header mapping the CSV files use).
/// Cover, notes, contents, summary and chart sheets sit beside it, and a summary sheet may start with figures.
/// </summary>
internal sealed class DataSheet : IDisposable
{
    public const int RowsSearched = 20;

    private readonly IEnumerator<SpreadsheetSheet> _sheets;
    private readonly IEnumerator<string[]> _rows;

    private DataSheet(IEnumerator<SpreadsheetSheet> sheets, IEnumerator<string[]> rows, string name, string[] header, int headerRow)
    {
        _sheets = sheets;
        _rows = rows;
        Name = name;
        Header = header;
        HeaderRow = headerRow;
    }

    public string Name { get; }
    public string[] Header { get; }
    /// <summary>The header's row in the sheet, counted from 1 as a spreadsheet shows it.</summary>
    public int HeaderRow { get; }

    /// <summary>The rows under the header, once.</summary>
    public IEnumerable<string[]> Rows()
    {
        while (_rows.MoveNext()) yield return _rows.Current;
    }

    /// <summary>Finds the data sheet; an <see cref="InvalidDataException"/> naming the sheets searched when none has a known header.</summary>
    public static DataSheet Find(IEnumerable<SpreadsheetSheet> workbook, string fileName)
    {
        var sheets = workbook.GetEnumerator();
        var searched = new List<string>();
        try
        {
            while (sheets.MoveNext())
            {
                var sheet = sheets.Current;
                searched.Add(sheet.Name);
                var rows = sheet.Rows.GetEnumerator();
                for (var row = 1; row <= RowsSearched && rows.MoveNext(); row++)
                {
                    var cells = rows.Current;
                    if (FileFormat.Detect(cells) != FileFormat.Unknown)
                        return new DataSheet(sheets, rows, sheet.Name, Trimmed(cells), row);
                }
                rows.Dispose();
            }
        }
        catch
        {
            sheets.Dispose();
            throw;
        }
        sheets.Dispose();
        throw new InvalidDataException(
            $"{fileName}: no sheet has a header row the importer knows in its first {RowsSearched} rows (sheets searched: " +
            $"{(searched.Count == 0 ? "none" : string.Join(", ", searched.Select(s => $"'{s}'")))}); " +
            $"a Home Office outcomes workbook needs the columns {string.Join(", ", FormatHeaders.HomeOffice.Take(4))} and Outcome Type");
    }

    /// <summary>The header without the empty cells a sheet's formatting leaves after its last column.</summary>
    private static string[] Trimmed(string[] cells)
    {
        var n = cells.Length;
        while (n > 0 && string.IsNullOrWhiteSpace(cells[n - 1])) n--;
        return cells[..n];
    }

    public void Dispose()
    {
        _rows.Dispose();
        _sheets.Dispose();
    }
}
