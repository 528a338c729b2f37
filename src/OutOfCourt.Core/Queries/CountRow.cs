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
