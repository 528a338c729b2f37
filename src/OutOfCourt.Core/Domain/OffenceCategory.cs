namespace OutOfCourt.Core.Domain;

/// <summary>The common offence category a user browses by; both data.police.uk crime types and Home Office codes map onto it.</summary>
public sealed class OffenceCategory
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
}
