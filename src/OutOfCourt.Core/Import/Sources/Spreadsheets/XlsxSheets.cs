using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The sheets of an .xlsx workbook (Office Open XML: a zip of XML parts), each streamed row by row with an XmlReader.
/// Only the shared-string table is held in memory, as Excel keeps every distinct text in that one part; in a Home
/// Office outcomes workbook those are the few thousand force, offence and outcome names, whatever the row count.
/// Written on System.Xml rather than ExcelDataReader 3.6.0, which fails the native build (trim warning IL2093) and
/// needs a code-page provider registered (docs/performance.md, "Workbooks").
/// </summary>
internal static class XlsxSheets
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true };

    public static IEnumerable<SpreadsheetSheet> Read(Stream seekable)
    {
        using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        var strings = SharedStrings(zip);
        foreach (var (name, part) in SheetParts(zip))
        {
            var entry = zip.GetEntry(part) ?? throw new InvalidDataException($"the workbook names a sheet '{name}' whose part {part} is missing");
            yield return new SpreadsheetSheet(name, Rows(entry, strings));
        }
    }

    /// <summary>Sheet names in workbook order, with the zip part each one's rows are in (xl/_rels/workbook.xml.rels).</summary>
    private static List<(string Name, string Part)> SheetParts(ZipArchive zip)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
            using (var x = XmlReader.Create(rels.Open(), Settings))
                while (x.ReadToFollowing("Relationship"))
                    if (x.GetAttribute("Id") is { } id && x.GetAttribute("Target") is { } target)
                        targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("not an .xlsx workbook: it has no xl/workbook.xml");
        var sheets = new List<(string, string)>();
        using (var x = XmlReader.Create(workbook.Open(), Settings))
            while (x.ReadToFollowing("sheet", MainNs))
            {
                var id = x.GetAttribute("id", RelNs) ?? "";
                sheets.Add((x.GetAttribute("name") ?? "", targets.TryGetValue(id, out var t) ? t : $"xl/worksheets/sheet{sheets.Count + 1}.xml"));
            }
        return sheets;
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } part) return strings;
        using var x = XmlReader.Create(part.Open(), Settings);
        while (x.ReadToFollowing("si", MainNs)) strings.Add(Text(x.ReadSubtree()));
        return strings;
    }

    /// <summary>The text of a string item: its t elements (rich-text runs too), leaving out phonetic runs (rPh).</summary>
    private static string Text(XmlReader item)
    {
        var text = new StringBuilder();
        using (item)
            while (item.Read())
            {
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh") { item.Skip(); continue; }
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "t") text.Append(item.ReadElementContentAsString());
            }
        return text.ToString();
    }

    private static IEnumerable<string[]> Rows(ZipArchiveEntry entry, List<string> strings)
    {
        using var x = XmlReader.Create(entry.Open(), Settings);
        var cells = new List<string>();
        var rowNumber = 0;
        while (x.ReadToFollowing("row", MainNs))
        {
            // Excel leaves out empty rows; they are given back as empty, so rows keep their places.
            var r = int.TryParse(x.GetAttribute("r"), out var n) ? n : rowNumber + 1;
            for (rowNumber++; rowNumber < r; rowNumber++) yield return [];
            cells.Clear();
            if (!x.IsEmptyElement)
                using (var row = x.ReadSubtree())
                    while (row.ReadToFollowing("c", MainNs))
                    {
                        var column = ColumnIndex(row.GetAttribute("r"), cells.Count);
                        var type = row.GetAttribute("t");
                        var value = row.IsEmptyElement ? "" : CellValue(row.ReadSubtree(), type, strings);
                        while (cells.Count < column) cells.Add("");
                        cells.Add(value);
                    }
            yield return cells.ToArray();
        }
    }

    private static string CellValue(XmlReader cell, string? type, List<string> strings)
    {
        using (cell)
        {
            if (type == "inlineStr") return cell.ReadToFollowing("is", MainNs) ? Text(cell.ReadSubtree()) : "";
            if (!cell.ReadToFollowing("v", MainNs)) return "";
            var v = cell.ReadElementContentAsString();
            return type switch
            {
                "s" => int.TryParse(v, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "",
                "str" or "e" => v,
                "b" => v == "1" ? "TRUE" : "FALSE",
                _ => Number(v),
            };
        }
    }

    /// <summary>A number as its CSV export shows it: whole numbers without a decimal point, others as short as they round-trip.</summary>
    internal static string Number(string v)
    {
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return v;
        return d == Math.Floor(d) && Math.Abs(d) < 1e15
            ? ((long)d).ToString(CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The zero-based column of a reference such as "AB12"; the next column when a cell has no reference.</summary>
    private static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference)) return next;
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            column = column * 26 + (ch - 'A' + 1);
        }
        return column > 0 ? column - 1 : next;
    }
}
