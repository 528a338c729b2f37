using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>Maps a Home Office offence to a common category: the most specific rule wins (code, then subgroup, then group).</summary>
public sealed class HomeOfficeCategoryRules(IReadOnlyList<HomeOfficeCategoryRule> rules)
{
    public string? CategoryFor(Offence o) =>
        Find("code", o.Code) ?? Find("subgroup", o.Subgroup) ?? Find("group", o.Group);

    private string? Find(string match, string value) => string.IsNullOrWhiteSpace(value)
        ? null
        : rules.FirstOrDefault(r => r.Match == match && string.Equals(r.Value, value.Trim(), StringComparison.OrdinalIgnoreCase))?.Category;
}
