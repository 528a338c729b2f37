using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>The answer to a query: its rows in display order, and everything needed to say what they are.</summary>
public sealed record QueryResult
{
    public required Dataset Dataset { get; init; }
    /// <summary>True when the dataset was chosen by the default rule, not by the user.</summary>
    public bool DatasetIsDefault { get; init; }
    public required OutcomeFilter Filter { get; init; }
    public required IReadOnlyList<GroupBy> GroupBy { get; init; }
    public required IReadOnlyList<CountRow> Rows { get; init; }
    /// <summary>The active filters in words, for subtitles and download headers.</summary>
    public required string Description { get; init; }
    public required string PolicyVersion { get; init; }
    /// <summary>What a serious filter or grouping counted: exact for Home Office codes, otherwise the bound asked for.</summary>
    public SeriousKind SeriousKind { get; init; } = SeriousKind.Exact;
    /// <summary>The dataset's newest period by name ("December 2016"): the figures' age, not the import date.</summary>
    public string? NewestData { get; init; }

    /// <summary>Whether the rows count serious offences (a serious filter or grouping), so their kind must be said.</summary>
    public bool CountsSerious => Filter.SeriousOnly || GroupBy.Contains(Queries.GroupBy.Serious);

    public long Total => Rows.Sum(r => r.Count);

    /// <summary>Force-years of a result grouped by year that the gap rule flags (<see cref="ResultGaps"/>); empty otherwise.</summary>
    public IReadOnlyList<ProbableGap> ProbableGaps { get; init; } = [];

    /// <summary>Which force-years the dataset holds for this result (<see cref="CoverageEntry"/>): a missing one is a gap, never 0.</summary>
    public IReadOnlyList<CoverageEntry> Coverage { get; init; } = [];

    /// <summary>Whether the year of this force (null: all forces) and outcome class (null: any) is a probable gap.</summary>
    public bool IsProbableGap(int? forceId, int year, string? outcomeClass = null) => ProbableGaps.Any(g =>
        g.Year == year && g.Force?.Id == forceId && (outcomeClass is null || g.OutcomeClass?.Slug == outcomeClass));
}
