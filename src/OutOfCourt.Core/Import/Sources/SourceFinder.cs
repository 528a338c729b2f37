namespace OutOfCourt.Core.Import;

/// <summary>Stage 1: the files, folders and .zip archives given, expanded into CSVs, each with its format.</summary>
internal static class SourceFinder
{
    public static List<ClassifiedSource> Find(IEnumerable<string> paths, ImportOptions options)
    {
        var sources = new List<ClassifiedSource>();
        foreach (var path in paths)
        {
            try
            {
                foreach (var source in ImportSource.Expand(path)) sources.Add(options.Map is null ? Detect(source) : new(source,
                    options.Map.IsWide ? FileFormat.WideForm : FileFormat.LongForm, null));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                sources.Add(new(new ImportSource { DisplayName = path, Length = 0, Open = () => Stream.Null }, FileFormat.Unknown, e.Message));
            }
        }
        return sources;
    }

    /// <summary>
    /// A file's format, told from its header alone (16 KB read, not the whole file). A file that cannot be read, or is
    /// empty, is refused by its own name; the other files of its folder still land.
    /// </summary>
    private static ClassifiedSource Detect(ImportSource source)
    {
        try
        {
            using var reader = new CsvSpanReader(source.Open(), bufferSize: 16 << 10);
            var format = FileFormat.Detect(reader.Headers);
            return new(source, source.IsWorkbook ? format.AsWorkbook() : format, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvFormatException)
        {
            return new(source, FileFormat.Unknown, e.Message);
        }
    }
}
