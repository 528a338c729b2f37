using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace OutOfCourt.Core.Tests.Import.Workbooks;

/// <summary>A minimal OpenDocument spreadsheet writer (mimetype + content.xml) for the .ods tests; numbers as office:value.</summary>
internal static class OdsTestWriter
{
    public static void Write(string path, IEnumerable<(string Name, IEnumerable<object?[]> Rows)> sheets)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var m = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            m.Write("application/vnd.oasis.opendocument.spreadsheet");
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " +
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " +
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>");
        foreach (var (name, rows) in sheets)
        {
            xml.Append(CultureInfo.InvariantCulture,
                $"<table:table table:name=\"{SecurityElement.Escape(name)}\"><table:table-column table:number-columns-repeated=\"16\"/>");
            foreach (var row in rows)
            {
                xml.Append("<table:table-row>");
                foreach (var cell in row)
                {
                    if (cell is null) xml.Append("<table:table-cell/>");
                    else if (cell is int or long or double)
                    {
                        var v = Convert.ToString(cell, CultureInfo.InvariantCulture);
                        xml.Append(CultureInfo.InvariantCulture,
                            $"<table:table-cell office:value-type=\"float\" office:value=\"{v}\"><text:p>{v}</text:p></table:table-cell>");
                    }
                    else xml.Append(CultureInfo.InvariantCulture,
                        $"<table:table-cell office:value-type=\"string\"><text:p>{SecurityElement.Escape(cell.ToString())}</text:p></table:table-cell>");
                }
                // LibreOffice fills a row to the sheet's last column with one repeated empty cell.
                xml.Append("<table:table-cell table:number-columns-repeated=\"16371\"/></table:table-row>");
            }
            xml.Append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
            xml.Append("</table:table>");
        }
        xml.Append("</office:spreadsheet></office:body></office:document-content>");
        using var c = new StreamWriter(zip.CreateEntry("content.xml").Open(), new UTF8Encoding(false));
        c.Write(xml.ToString());
    }
}
