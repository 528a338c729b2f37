namespace OutOfCourt.Core.Domain;

/// <summary>A police force: one of the 43 territorial forces of England and Wales, British Transport Police or PSNI.</summary>
public sealed class Force
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>Every other spelling the sources use, separated by '|'.</summary>
    public string Aliases { get; set; } = "";
    public string Nation { get; set; } = "";
}
