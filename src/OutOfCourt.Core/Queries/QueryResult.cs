using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>One group of counts. Fields of dimensions not grouped by are null.</summary>
public sealed record CountRow
{
    public Force? Force { get; init; }
    public int? Year { get; init; }
    public OffenceCategory? Category { get; init; }
    public Offence? Offence { get; init; }
    public OutcomeClass? OutcomeClass { get; init; }
    public bool? Serious { get; init; }
    public long Count { get; init; }
}

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

    public long Total => Rows.Sum(r => r.Count);
}
