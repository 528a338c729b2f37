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
    /// <summary>
    /// An offence category slug, a Home Office offence code (88A) or a data.police.uk crime type; several at once
    /// separated by commas ("88A,88B"). Reads and writes <see cref="Offences"/>.
    /// </summary>
    public string? Offence
    {
        get => Offences.Count == 0 ? null : string.Join(",", Offences);
        init => Offences = string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
    /// <summary>The offences asked for, each as <see cref="Offence"/> takes it; empty means every offence.</summary>
    public IReadOnlyList<string> Offences { get; init; } = [];
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    /// <summary>Outcome class slug, e.g. community-resolution; null means every outcome.</summary>
    public string? Outcome { get; init; }
    public bool SeriousOnly { get; init; }
    /// <summary>Which serious count a coarse dataset gives (a filter or a grouping): the upper bound unless asked; Home Office codes are exact.</summary>
    public SeriousKind SeriousBound { get; init; } = SeriousKind.Upper;

    public OutcomeFilter WithYear(int year) => this with { YearFrom = year, YearTo = year };
}
