namespace OutOfCourt.Core.Queries;

/// <summary>The groupings by name, as query strings and the CLI's --by give them.</summary>
public static class GroupByNames
{
    public static string Name(this GroupBy g) => g.ToString().ToLowerInvariant();

    public static IReadOnlyList<GroupBy> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var result = new List<GroupBy>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<GroupBy>(part, ignoreCase: true, out var g) || int.TryParse(part, out _))
                throw new FormatException($"unknown grouping '{part}'; expected any of force, year, offence, code, outcome, serious");
            if (!result.Contains(g)) result.Add(g);
        }
        return result;
    }
}
