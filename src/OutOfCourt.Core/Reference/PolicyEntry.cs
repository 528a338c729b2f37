using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>One rule of the policy: a Home Office code, subgroup or group, or a data.police.uk crime type.</summary>
public sealed record PolicyEntry(string Match, string Value, string Reason)
{
    public bool Matches(Offence o) => Match switch
    {
        "offence-code" => o.Scheme == OffenceSchemes.HomeOffice && Same(o.Code, Value),
        "offence-subgroup" => o.Scheme == OffenceSchemes.HomeOffice && Same(o.Subgroup, Value),
        "offence-group" => o.Scheme == OffenceSchemes.HomeOffice && Same(o.Group, Value),
        "crime-type" => o.Scheme == OffenceSchemes.PoliceUk && Same(o.Code, Value),
        _ => false,
    };

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
