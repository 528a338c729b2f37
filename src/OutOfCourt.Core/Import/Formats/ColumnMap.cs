namespace OutOfCourt.Core.Import;

/// <summary>
/// Which column of a long-form aggregate holds what, e.g. "year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category".
/// Roles: force and count (required); one period (year, month as YYYY-MM, or financial-year with quarter);
/// one offence (crime-type or offence-code, optional: blank means Unknown); outcome (required).
/// </summary>
public sealed record ColumnMap(IReadOnlyDictionary<string, string> Columns)
{
    public static readonly string[] Roles = ["force", "count", "year", "month", "financial-year", "quarter", "crime-type", "offence-code", "outcome"];

    public string? this[string role] => Columns.GetValueOrDefault(role);

    public static ColumnMap Parse(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
                throw new ColumnMapException($"'{part}' is not ROLE=COLUMN; roles are {string.Join(", ", Roles)}.");
            map[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }
        return FromDictionary(map);
    }

    public static ColumnMap FromDictionary(IReadOnlyDictionary<string, string> map)
    {
        var unknown = map.Keys.Where(k => !Roles.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0) throw new ColumnMapException($"unknown role '{unknown[0]}'; roles are {string.Join(", ", Roles)}.");
        var normal = map.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value);
        foreach (var required in new[] { "force", "count", "outcome" })
            if (!normal.ContainsKey(required)) throw new ColumnMapException($"the '{required}' role is required.");
        if (new[] { "year", "month", "financial-year" }.Count(normal.ContainsKey) != 1)
            throw new ColumnMapException("give exactly one period role: year, month or financial-year (with quarter).");
        if (normal.ContainsKey("crime-type") && normal.ContainsKey("offence-code"))
            throw new ColumnMapException("give crime-type or offence-code, not both.");
        return new ColumnMap(normal);
    }

    public override string ToString() => string.Join(",", Columns.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
}
