namespace OutOfCourt.Core.Queries;

/// <summary>
/// What a user asks for, as they typed it (slugs, years): the same record serves the pages' query strings, the
/// API, the downloads and the CLI. <see cref="OutcomeQueryService"/> validates and resolves it.
/// </summary>
public sealed record OutcomeFilter
{
    /// <summary>Dataset key; null means the default dataset (see <see cref="DatasetCatalog"/>).</summary>
    public string? Dataset { get; init; }
    /// <summary>Force slugs; empty means every force.</summary>
    public IReadOnlyList<string> Forces { get; init; } = [];
    /// <summary>An offence category slug, a Home Office offence code (88A) or a data.police.uk crime type.</summary>
    public string? Offence { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    /// <summary>Outcome class slug, e.g. community-resolution; null means every outcome.</summary>
    public string? Outcome { get; init; }
    public bool SeriousOnly { get; init; }

    public OutcomeFilter WithYear(int year) => this with { YearFrom = year, YearTo = year };
}

/// <summary>Ways to group counts. Offence is the common category; Code is the source's own offence (code or crime type).</summary>
public enum GroupBy { Force, Year, Offence, Code, Outcome, Serious }

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
