namespace OutOfCourt.Core.Import;

/// <summary>A file to import and its format, or why it cannot be read (then it is refused by its own name).</summary>
internal sealed record ClassifiedSource(ImportSource Source, FileFormat Format, string? Error);
