namespace OutOfCourt.Core.Domain;

/// <summary>The common outcome class both sources' outcomes map onto, e.g. community-resolution.</summary>
public sealed class OutcomeClass
{
    public const string CommunityResolution = "community-resolution";

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>False for "no outcome" (anti-social behaviour), which no share counts in its denominator.</summary>
    public bool IsOutcome { get; set; }
    public string Description { get; set; } = "";
}
