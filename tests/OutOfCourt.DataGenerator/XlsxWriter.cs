using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace OutOfCourt.DataGenerator;

/// <summary>
/// A minimal streaming .xlsx writer (System.IO.Compression and XML text): sheets are written one after another, row
/// by row, so a workbook of real size (675,000 rows) is written in flat memory. Text cells are inline strings, numbers
/// are numbers; the tests and the benchmark use it to build workbooks in the Home Office's layout.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];

    public XlsxWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: false);

    public static XlsxWriter Create(string path) => new(File.Create(path));

    /// <summary>Writes one sheet; a cell is a string, a whole number (int, long) or a double, or null for an empty cell.</summary>
    public void AddSheet(string name, IEnumerable<object?[]> rows)
    {
        _sheets.Add(name);
        var entry = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest);
        using var w = new StreamWriter(entry.Open(), new UTF8Encoding(false), 1 << 16);
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            w.Write("<row r=\"");
            w.Write(r.ToString(CultureInfo.InvariantCulture));
            w.Write("\">");
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                if (cell is null) continue;
                var reference = ColumnName(c) + r.ToString(CultureInfo.InvariantCulture);
                if (cell is int or long or double)
                    w.Write($"<c r=\"{reference}\"><v>{Convert.ToString(cell, CultureInfo.InvariantCulture)}</v></c>");
                else
                    w.Write($"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(cell.ToString())}</t></is></c>");
            }
            w.Write("</row>");
        }
        w.Write("</sheetData></worksheet>");
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    public void Dispose()
    {
        Part("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            string.Concat(_sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" " +
                                                   "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
            "</Types>");
        Part("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" " +
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>" +
            "</Relationships>");
        Part("xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
            string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) +
            "</sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            string.Concat(_sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" " +
                $"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
            "</Relationships>");
        _zip.Dispose();
    }

    private void Part(string name, string xml)
    {
        using var w = new StreamWriter(_zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
    }
}
