using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>What one dataset holds: files, forces, years, rows, and notes on its files.</summary>
public sealed record DatasetSummary(Dataset Dataset, int Files, int Forces, int? FirstYear, int? LastYear, long Rows, int ForceYears,
    IReadOnlyList<string> Notes, DateTimeOffset? LastImport)
{
    /// <summary>The finest question the dataset answers, from its declaration (<see cref="DatasetGranularity"/>).</summary>
    public DatasetGranularity Granularity => DatasetGranularity.Of(Dataset);

    public string YearRange => FirstYear is null ? "no data"
        : FirstYear == LastYear ? Dataset.PeriodKind.YearLabel(FirstYear.Value)
        : $"{Dataset.PeriodKind.YearLabel(FirstYear.Value)} to {Dataset.PeriodKind.YearLabel(LastYear!.Value)}";
}
