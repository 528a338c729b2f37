namespace OutOfCourt.Core.Domain;

/// <summary>
/// An offence as one source states it: a data.police.uk crime type (scheme police-uk, code = the crime type)
/// or a Home Office offence code (scheme home-office). Each maps to one common <see cref="OffenceCategory"/>.
/// </summary>
public sealed class Offence
{
    public int Id { get; set; }
    public required string Scheme { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Subgroup { get; set; } = "";
    public string Group { get; set; } = "";
    public int CategoryId { get; set; }
}
