using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>One rule of the policy: a Home Office code, subgroup or group (crime types get their bounds from these).</summary>
public sealed record PolicyEntry(string Match, string Value, string Reason)
{
    public bool Matches(Offence o) => Match switch
    {
        "offence-code" => o.Scheme == OffenceSchemes.HomeOffice && Same(o.Code, Value),
        "offence-subgroup" => o.Scheme == OffenceSchemes.HomeOffice && Same(o.Subgroup, Value),
        "offence-group" => o.Scheme == OffenceSchemes.HomeOffice && Same(o.Group, Value),
        _ => false,
    };

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
