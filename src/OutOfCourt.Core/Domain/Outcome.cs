namespace OutOfCourt.Core.Domain;

/// <summary>An outcome as one source states it: Home Office outcome type (code "8") or data.police.uk string.</summary>
public sealed class Outcome
{
    public int Id { get; set; }
    public required string Scheme { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int ClassId { get; set; }
}
