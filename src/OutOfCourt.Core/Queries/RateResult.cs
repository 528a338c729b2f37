using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>Rates by force and year from one dataset, with where their denominators come from and why any is missing.</summary>
public sealed record RateResult
{
    public required Dataset Dataset { get; init; }
    public required bool DatasetIsDefault { get; init; }
    public required OutcomeClass Outcome { get; init; }
    public required IReadOnlyList<RateRow> Rows { get; init; }
    /// <summary>Where the recorded crime figures come from.</summary>
    public required string RecordedCrimeSource { get; init; }
    /// <summary>Why a row has no rate per 1,000 recorded crimes, in plain words, each said once.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
