namespace OutOfCourt.Core.Domain;

/// <summary>
/// A body of counts that measure one thing one way. A query always reads exactly one dataset, so two datasets
/// that measure the same thing (the BBC aggregate and the raw street files) are never added together.
/// </summary>
public sealed class Dataset
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Publisher { get; set; } = "";
    /// <summary>What is counted, e.g. street-last-outcome; two datasets with the same measure overlap.</summary>
    public string Measure { get; set; } = "";
    public PeriodKind PeriodKind { get; set; }
    public string OffenceScheme { get; set; } = OffenceSchemes.PoliceUk;

    /// <summary>
    /// The scheme its outcomes are stated in (datasets.csv's outcome_scheme, read at every start, not stored): the same as
    /// the offence scheme unless the dataset has no offence detail (<see cref="OffenceSchemes.None"/>).
    /// </summary>
    public string OutcomeScheme { get => _outcomeScheme ?? OffenceScheme; set => _outcomeScheme = value; }
    private string? _outcomeScheme;
    public string Description { get; set; } = "";
}
