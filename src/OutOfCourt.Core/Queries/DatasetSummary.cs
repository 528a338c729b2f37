using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>What one dataset holds: files, forces, years, rows, and notes on its files.</summary>
public sealed record DatasetSummary(Dataset Dataset, int Files, int Forces, int? FirstYear, int? LastYear, long Rows, int ForceYears,
    IReadOnlyList<string> Notes, DateTimeOffset? LastImport)
{
    /// <summary>The finest question the dataset answers, from its declaration (<see cref="DatasetGranularity"/>).</summary>
    public DatasetGranularity Granularity => DatasetGranularity.Of(Dataset);

    /// <summary>The newest year and period the dataset holds (for its age: see <see cref="Export.DataAge"/>); null without data.</summary>
    public int? NewestYear { get; init; }
    public int? NewestPeriod { get; init; }

    /// <summary>"newest data: December 2016, ten years old", or null without data.</summary>
    public string? AgePhrase(DateOnly today) => NewestYear is { } y && NewestPeriod is { } p ? Export.DataAge.Phrase(Dataset.PeriodKind, y, p, today) : null;

    /// <summary>"December 2016": the newest period by name, or null without data.</summary>
    public string? NewestPeriodName => NewestYear is { } y && NewestPeriod is { } p ? Export.DataAge.PeriodName(Dataset.PeriodKind, y, p) : null;

    public string YearRange => FirstYear is null ? "no data"
        : FirstYear == LastYear ? Dataset.PeriodKind.YearLabel(FirstYear.Value)
        : $"{Dataset.PeriodKind.YearLabel(FirstYear.Value)} to {Dataset.PeriodKind.YearLabel(LastYear!.Value)}";
}
