namespace OutOfCourt.Core.Import;

/// <summary>
/// Spreadsheet files (.xlsx, .ods), told by their extension: each is read as the CSV of its data sheet
/// (<see cref="DataSheet"/>), so the formats told by header (<see cref="FileFormat.All"/>) read it as they read the CSV.
/// </summary>
internal static class Workbooks
{
    public static bool IsWorkbook(string name) => IsXlsx(name) || IsOds(name);
    private static bool IsXlsx(string name) => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
    private static bool IsOds(string name) => name.EndsWith(".ods", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The data sheet of the workbook in <paramref name="seekable"/> as a CSV stream that owns (and closes) it. Both
    /// readers need to seek (a zip's directory is at its end), so a workbook inside a .zip is first copied to a temporary file.
    /// </summary>
    public static Stream OpenDataSheet(Stream seekable, string name)
    {
        try
        {
            if (!LooksLikeZip(seekable))
                throw new InvalidDataException($"{name}: not a workbook (an .xlsx or .ods file is a zip archive; this one does not start like one)");
            var sheets = IsOds(name) ? OdsSheets.Read(seekable) : XlsxSheets.Read(seekable);
            var sheet = DataSheet.Find(sheets, name);
            return new SheetCsvStream(sheet, seekable);
        }
        catch (Exception e)
        {
            seekable.Dispose();
            if (e is InvalidDataException or IOException) throw;
            // A damaged workbook (bad XML, a broken zip) is bad input, said as such.
            throw new InvalidDataException($"{name}: the workbook cannot be read ({e.Message})", e);
        }
    }

    /// <summary>A copy of a stream in a temporary file that is deleted when closed.</summary>
    public static Stream Spooled(Stream source)
    {
        var path = Path.Combine(Path.GetTempPath(), $"outofcourt-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        using (source) source.CopyTo(file);
        file.Position = 0;
        return file;
    }

    private static bool LooksLikeZip(Stream s)
    {
        Span<byte> magic = stackalloc byte[4];
        var n = s.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        s.Position = 0;
        return n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
