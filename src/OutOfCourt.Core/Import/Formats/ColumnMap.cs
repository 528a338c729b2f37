namespace OutOfCourt.Core.Import;

/// <summary>
/// Which column of a long-form aggregate holds what, e.g. "year=Year,count=f0_,crime-type=crime_type,force=reported_by,outcome=last_outcome_category".
/// Roles: force and count (required); one period (year, month as YYYY-MM, or financial-year with quarter);
/// one offence (crime-type or offence-code, optional: blank means Unknown); outcome (required).
/// A wide table (one column per outcome type) gives <see cref="Wide"/> (column → outcome code) instead of count and
/// outcome, and may give <see cref="WideRest"/>: a column of all outcomes whose remainder after the listed types lands
/// as the outcome "other", so shares of all outcomes stay right.
/// </summary>
public sealed record ColumnMap(IReadOnlyDictionary<string, string> Columns)
{
    private static readonly string[] PeriodRoles = ["year", "month", "financial-year"];

    public static readonly string[] Roles = ["force", "count", "year", "month", "financial-year", "quarter", "crime-type", "offence-code", "outcome"];

    /// <summary>The outcome code the remainder of <see cref="WideRest"/> lands as (data/reference/outcomes.csv).</summary>
    public const string RestOutcome = "other";

    /// <summary>Wide tables: each outcome column and the outcome code its counts land as, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Wide { get; private init; } = [];

    /// <summary>Wide tables: the column of all outcomes, whose remainder after the <see cref="Wide"/> columns is "other".</summary>
    public string? WideRest { get; private init; }

    public bool IsWide => Wide.Count > 0;

    public string? this[string role] => Columns.GetValueOrDefault(role);

    public static ColumnMap Parse(string text, string? wide = null, string? wideRest = null) =>
        FromDictionary(Pairs(text, "ROLE=COLUMN", $"roles are {string.Join(", ", Roles)}"),
            wide is null ? null : Pairs(wide, "COLUMN=OUTCOME", "e.g. closed_all_t8=8"), wideRest);

    private static List<KeyValuePair<string, string>> Pairs(string text, string shape, string hint)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1) throw new ColumnMapException($"'{part}' is not {shape}; {hint}.");
            pairs.Add(new(part[..eq].Trim(), part[(eq + 1)..].Trim()));
        }
        return pairs;
    }

    public static ColumnMap FromDictionary(IEnumerable<KeyValuePair<string, string>> map,
        IEnumerable<KeyValuePair<string, string>>? wide = null, string? wideRest = null)
    {
        var normal = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, column) in map)
        {
            if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
                throw new ColumnMapException($"unknown role '{role}'; roles are {string.Join(", ", Roles)}.");
            normal[role.ToLowerInvariant()] = column;
        }
        var wideColumns = wide?.ToList() ?? [];
        if (wideRest is not null && wideColumns.Count == 0)
            throw new ColumnMapException("the column of all outcomes (wide-rest) needs the wide outcome columns too.");
        var duplicate = wideColumns.GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ColumnMapException($"the wide column '{duplicate.Key}' is given twice.");
        var required = wideColumns.Count > 0 ? new[] { "force" } : ["force", "count", "outcome"];
        foreach (var role in required)
            if (!normal.ContainsKey(role)) throw new ColumnMapException($"the '{role}' role is required.");
        if (wideColumns.Count > 0 && (normal.ContainsKey("count") || normal.ContainsKey("outcome")))
            throw new ColumnMapException("a wide table gives one column per outcome instead of the count and outcome roles.");
        if (PeriodRoles.Count(normal.ContainsKey) != 1)
            throw new ColumnMapException("give exactly one period role: year, month or financial-year (with quarter).");
        if (normal.ContainsKey("crime-type") && normal.ContainsKey("offence-code"))
            throw new ColumnMapException("give crime-type or offence-code, not both.");
        return new ColumnMap(normal) { Wide = wideColumns, WideRest = wideRest };
    }

    public override string ToString()
    {
        var roles = string.Join(",", Columns.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        if (!IsWide) return roles;
        return $"{roles};wide={string.Join(",", Wide.Select(kv => $"{kv.Key}={kv.Value}"))}" + (WideRest is null ? "" : $";rest={WideRest}");
    }
}
