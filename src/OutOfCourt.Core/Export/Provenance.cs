using System.Globalization;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Export;

/// <summary>
/// What a download says about itself: where its numbers come from, under which licence, when it was made and how to
/// get it again. Holds the licence sentence (the only copy) and builds every provenance line: the query downloads'
/// comment lines, the charts' source line and the charts' CSV header.
/// </summary>
public sealed record Provenance
{
    /// <summary>The Open Government Licence's required attribution, in parts so a page can link the licence's name.</summary>
    public const string Licence = LicenceLead + " " + LicenceName + ".";
    public const string LicenceLead = "Contains public sector information licensed under the";
    public const string LicenceName = "Open Government Licence v3.0";
    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public required string Title { get; init; }
    /// <summary>The active filters in words.</summary>
    public required string Filters { get; init; }
    public required string Dataset { get; init; }
    /// <summary>The source line as shown ("Source: ..."), licence included.</summary>
    public required string Source { get; init; }
    public required string PolicyVersion { get; init; }
    public DateTimeOffset? DataImported { get; init; }
    /// <summary>The newest period of the figures ("December 2016"), which the import date is not.</summary>
    public string? NewestData { get; init; }
    /// <summary>What the serious counts shown are (exact, lower or upper bound); null when none are shown.</summary>
    public SeriousKind? SeriousCount { get; init; }
    public required DateTimeOffset Generated { get; init; }
    public required string Permalink { get; init; }
    /// <summary>Gaps, partial periods and caveats.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string DataImportedText => DataImported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    public string GeneratedText => Time(Generated);

    /// <summary>A chart's header, one key and value a line (the CSV's comment lines).</summary>
    public IEnumerable<(string Key, string Value)> Lines()
    {
        yield return ("title", Title);
        yield return ("filters", Filters);
        yield return ("dataset", Dataset);
        // The key already says "source".
        yield return ("source", Source.StartsWith("Source: ", StringComparison.Ordinal) ? Source["Source: ".Length..] : Source);
        yield return ("seriousness policy version", PolicyVersion);
        if (SeriousCount is { } kind) yield return ("serious count", $"{kind.Name()}: {kind.Counted()}");
        yield return ("newest data", NewestData ?? "");
        yield return ("data imported", DataImportedText);
        yield return ("generated", GeneratedText);
        yield return ("permalink", Permalink);
        foreach (var note in Notes) yield return ("note", note);
    }

    /// <summary>A query result's header: what it shows, from which dataset, grouped how, under which policy and licence.</summary>
    public static IEnumerable<string> Lines(QueryResult result, DateTimeOffset generated)
    {
        yield return $"OutOfCourt: {result.Description}";
        var d = result.Dataset;
        yield return $"dataset: {d.Key} ({d.Name}; {d.Publisher})" + (result.DatasetIsDefault ? " [default dataset]" : "");
        if (result.GroupBy.Count > 0) yield return $"grouped by: {string.Join(", ", result.GroupBy.Select(g => g.Name()))}";
        yield return $"seriousness policy version: {result.PolicyVersion}";
        if (result.CountsSerious) yield return $"serious count: {result.SeriousKind.Name()} ({result.SeriousKind.Counted()})";
        if (result.NewestData is { } newest) yield return $"newest data: {newest} (the figures' period; not the date they were imported)";
        yield return $"generated: {generated:yyyy-MM-ddTHH:mm:ssZ}";
        yield return Licence;
    }

    /// <summary>
    /// "Source: publisher, dataset (dataset key, the default); figures to December 2016, files imported 3 December 2026.
    /// Licence." The figures' period comes first: an import date alone reads as if the figures were fresh.
    /// </summary>
    public static string SourceLine(Dataset dataset, bool datasetIsDefault, DateTimeOffset? lastImport, string? newestData = null) =>
        $"Source: {dataset.Publisher}, {dataset.Name} (dataset {dataset.Key}{(datasetIsDefault ? ", the default" : "")})" +
        (newestData is null ? "" : $"; figures to {newestData}") +
        (lastImport is { } at ? $"{(newestData is null ? ";" : ",")} files imported {at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : "") +
        ". " + Licence;

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
