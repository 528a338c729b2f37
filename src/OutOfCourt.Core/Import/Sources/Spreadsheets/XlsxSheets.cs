using System.Globalization;
using ExcelDataReader;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The sheets of an .xlsx workbook, streamed row by row with ExcelDataReader (its OpenXML reader walks each sheet's XML
/// with an XmlReader; only the shared strings are held in memory, as Excel keeps them in one part).
/// </summary>
internal static class XlsxSheets
{
    public static IEnumerable<SpreadsheetSheet> Read(Stream seekable)
    {
        // FallbackEncoding is only for old .xls files; the default (code page 1252) needs a provider .NET Core lacks.
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(seekable,
            new ExcelReaderConfiguration { FallbackEncoding = System.Text.Encoding.UTF8, LeaveOpen = true });
        do
        {
            yield return new SpreadsheetSheet(reader.Name ?? "", Rows(reader));
        } while (reader.NextResult());
    }

    private static IEnumerable<string[]> Rows(IExcelDataReader reader)
    {
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Text(reader.GetValue(i));
            yield return cells;
        }
    }

    /// <summary>A cell as the CSV export of the sheet would show it: whole numbers without a decimal point.</summary>
    internal static string Text(object? value) => value switch
    {
        null or DBNull => "",
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
