using CsvHelper;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// A format the importer reads, told apart by its header row (never by file name). Every format is one line of
/// <see cref="All"/>: its name, the header columns that tell it, and how it is read. Adding a format read row by row
/// is a <see cref="RowParser"/> file and a line there.
/// </summary>
public sealed class FileFormat
{
    public static readonly FileFormat Unknown = new(nameof(Unknown), "unknown", FormatStage.Refused);
    public static readonly FileFormat PoliceUkStreet = new(nameof(PoliceUkStreet), "data.police.uk street", FormatStage.PoliceUkStreet,
        detectedBy: ["Crime ID", "Month", "Reported by", "Crime type", "Last outcome category"], header: FormatHeaders.Street);
    public static readonly FileFormat PoliceUkOutcomes = new(nameof(PoliceUkOutcomes), "data.police.uk outcomes", FormatStage.PoliceUkOutcomes,
        detectedBy: ["Crime ID", "Month", "Reported by", "Outcome type"], header: FormatHeaders.Outcomes);
    public static readonly FileFormat HomeOfficeOutcomes = new(nameof(HomeOfficeOutcomes), "Home Office outcomes", FormatStage.Rows,
        detectedBy: ["Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Outcome Type"], header: FormatHeaders.HomeOffice,
        parser: (reader, refs, _) => new HomeOfficeRowParser(reader, refs));
    /// <summary>
    /// The Home Office outcomes workbook as published (.xlsx, one a financial year; or .ods): told by its extension, its
    /// data sheet found by the Home Office header (<see cref="DataSheet"/>) and read by the same parser as the CSV.
    /// </summary>
    public static readonly FileFormat HomeOfficeWorkbook = new(nameof(HomeOfficeWorkbook), "Home Office outcomes workbook", FormatStage.Rows,
        header: FormatHeaders.HomeOffice, parser: (reader, refs, _) => new HomeOfficeRowParser(reader, refs));
    /// <summary>data.police.uk stop-and-search files sit beside the others in the archive; they hold no outcomes of crimes.</summary>
    public static readonly FileFormat PoliceUkStopAndSearch = new(nameof(PoliceUkStopAndSearch), "data.police.uk stop and search", FormatStage.Skipped,
        detectedBy: ["Type", "Date", "Part of a policing operation"], skipped: "stop and search records hold no crime outcomes; skipped");
    /// <summary>Any table of counts in long form, read through a column map (never told by its header).</summary>
    public static readonly FileFormat LongForm = new(nameof(LongForm), "long-form aggregate", FormatStage.Rows,
        parser: (reader, refs, target) => new LongFormRowParser(reader, refs, target.Dataset!, target.Map!));
    /// <summary>Any table of counts in wide form (one column per outcome), melted into rows through a column map with wide columns.</summary>
    public static readonly FileFormat WideForm = new(nameof(WideForm), "wide-form aggregate", FormatStage.Rows,
        parser: (reader, refs, target) => new WideFormRowParser(reader, refs, target.Dataset!, target.Map!));

    /// <summary>Every format, in the order their headers are tried.</summary>
    public static readonly IReadOnlyList<FileFormat> All =
        [PoliceUkStreet, PoliceUkOutcomes, HomeOfficeOutcomes, HomeOfficeWorkbook, PoliceUkStopAndSearch, LongForm, WideForm];

    /// <summary>The format of a workbook whose data sheet has this format's header (a workbook is told by its extension).</summary>
    internal FileFormat AsWorkbook() => this == HomeOfficeOutcomes ? HomeOfficeWorkbook : this;

    private readonly string _id;
    private readonly string[]? _detectedBy;
    private readonly Func<CsvReader, ReferenceData, LongFormTarget, RowParser>? _parser;

    private FileFormat(string id, string name, FormatStage stage, string[]? detectedBy = null, string[]? header = null,
        Func<CsvReader, ReferenceData, LongFormTarget, RowParser>? parser = null, string? skipped = null)
    {
        _id = id;
        Name = name;
        Stage = stage;
        _detectedBy = detectedBy;
        Header = header;
        _parser = parser;
        SkippedBecause = skipped;
    }

    /// <summary>The name people know the format by, as imported files record it.</summary>
    public string Name { get; }

    /// <summary>The documented header, for a format read by name (named when a file's format is unknown).</summary>
    public IReadOnlyList<string>? Header { get; }

    internal FormatStage Stage { get; }

    /// <summary>Why a file of a format that holds nothing to count is skipped.</summary>
    internal string? SkippedBecause { get; }

    /// <summary>The parser for a file read row by row (<see cref="FormatStage.Rows"/>).</summary>
    internal RowParser Parser(CsvReader reader, ReferenceData refs, LongFormTarget target) =>
        (_parser ?? throw new InvalidOperationException($"{Name} files are not read row by row"))(reader, refs, target);

    /// <summary>The stable name that goes into every file's content hash (<see cref="ImportSource.Hash"/>): it never changes.</summary>
    public override string ToString() => _id;

    /// <summary>The first format whose telling columns are all in the header; <see cref="Unknown"/> when none.</summary>
    public static FileFormat Detect(IReadOnlyList<string> header)
    {
        var h = new HashSet<string>(header.Select(FormatHeaders.Normalise), StringComparer.OrdinalIgnoreCase);
        foreach (var format in All)
            if (format._detectedBy is { } names && names.All(n => h.Contains(FormatHeaders.Normalise(n))))
                return format;
        return Unknown;
    }

    /// <summary>The formats told by their header, named with it, for a file whose format is unknown.</summary>
    public static string ExpectedHeaders()
    {
        var named = All.Where(f => f.Header is not null && f._detectedBy is not null).Select(f => $"a {f.Name} file ({string.Join(",", f.Header!)})").ToArray();
        return $"expected the header of {string.Join(", ", named[..^1])} or {named[^1]}";
    }
}
