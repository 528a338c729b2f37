using System.IO.Compression;
using System.Text;
using System.Xml;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The sheets of an OpenDocument spreadsheet (.ods: a zip whose content.xml holds every table), streamed with an
/// XmlReader. Repeated rows and cells (table:number-*-repeated) are expanded, except the trailing empty runs
/// LibreOffice writes to fill a sheet to its last possible row or column.
/// </summary>
internal static class OdsSheets
{
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const int MaxRepeat = 1024; // a longer run of one value is the filler LibreOffice writes, never data

    public static IEnumerable<SpreadsheetSheet> Read(Stream seekable)
    {
        using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        var content = zip.GetEntry("content.xml") ?? throw new InvalidDataException("not an OpenDocument spreadsheet: it has no content.xml");
        using var xml = XmlReader.Create(content.Open(), new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("table", TableNs))
        {
            var name = xml.GetAttribute("name", TableNs) ?? "";
            if (xml.IsEmptyElement) { yield return new SpreadsheetSheet(name, []); continue; }
            yield return new SpreadsheetSheet(name, Rows(xml.ReadSubtree()));
        }
    }

    private static IEnumerable<string[]> Rows(XmlReader table)
    {
        using (table)
        {
            while (table.Read())
            {
                if (table.NodeType != XmlNodeType.Element || table.LocalName != "table-row" || table.NamespaceURI != TableNs) continue;
                var repeat = Repeat(table, "number-rows-repeated");
                var cells = table.IsEmptyElement ? [] : Cells(table.ReadSubtree());
                if (cells.Length == 0 && repeat > 1) continue; // empty filler rows
                for (var i = 0; i < Math.Min(repeat, MaxRepeat); i++) yield return cells;
            }
        }
    }

    private static string[] Cells(XmlReader row)
    {
        var cells = new List<string>();
        var trailingEmpty = 0;
        using (row)
        {
            row.Read();
            while (row.Read())
            {
                if (row.NodeType != XmlNodeType.Element || row.NamespaceURI != TableNs) continue;
                if (row.LocalName is not ("table-cell" or "covered-table-cell")) continue;
                var repeat = Repeat(row, "number-columns-repeated");
                var value = CellText(row);
                if (value.Length == 0) { trailingEmpty += repeat; continue; }
                for (var i = 0; i < trailingEmpty; i++) cells.Add("");
                trailingEmpty = 0;
                for (var i = 0; i < Math.Min(repeat, MaxRepeat); i++) cells.Add(value);
            }
        }
        return cells.ToArray();
    }

    /// <summary>A number cell's office:value (the figure, not its display format), else the text of its paragraphs.</summary>
    private static string CellText(XmlReader cell)
    {
        var type = cell.GetAttribute("value-type", OfficeNs);
        var value = type is "float" or "percentage" or "currency" ? cell.GetAttribute("value", OfficeNs) : null;
        if (cell.IsEmptyElement) return value ?? "";
        var text = new StringBuilder();
        using (var inner = cell.ReadSubtree())
        {
            var paragraphs = 0;
            while (inner.Read())
            {
                if (inner.NodeType == XmlNodeType.Element && inner.LocalName == "p" && paragraphs++ > 0) text.Append('\n');
                else if (inner.NodeType == XmlNodeType.Element && inner.LocalName == "s") text.Append(' ', Repeat(inner, "c", TextNs));
                else if (inner.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace) text.Append(inner.Value);
            }
        }
        return value ?? text.ToString();
    }

    private static int Repeat(XmlReader reader, string attribute, string ns = TableNs) =>
        int.TryParse(reader.GetAttribute(attribute, ns), out var n) && n > 0 ? n : 1;
}
