using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Sentences;

/// <summary>
/// What a chart is about, in the words its sentences use: the names of the forces asked for (none: all forces), the
/// offence asked for (a category's name or the text the user gave: a code or crime type), the dataset when it is not
/// the default, and the kind of serious count when the serious filter is on (it changes the base of every figure).
/// </summary>
public sealed record ChartSubject(IReadOnlyList<string> ForceNames, string? Offence = null, bool OffenceIsCategory = false,
    string? Dataset = null, SeriousKind? Serious = null, string AllForces = "all forces")
{
    public static readonly ChartSubject Everything = new([]);

    /// <summary>The one force asked for, or null.</summary>
    public string? Force => ForceNames.Count == 1 ? ForceNames[0] : null;

    /// <summary>"across all forces", "across the 2 forces in this data" or "in Kent Police, Essex Police".</summary>
    public string Where => ForceNames.Count == 0 ? $"across {AllForces}" : "in " + string.Join(", ", ForceNames);

    /// <summary>" for violence and sexual offences", " for 88A", or "" (it leads with a space where there is one).</summary>
    public string OffencePhrase => Offence is null ? "" : OffenceIsCategory ? $" for {Words.Lower(Offence)}" : $" for {Offence}";

    /// <summary>" for serious offences", " in categories that include serious offences (upper bound)", or "" when the filter is off.</summary>
    public string SeriousPhrase => Serious is { } k ? " " + k.ForPhrase() : "";

    /// <summary>"for burglary in Kent Police", "across all forces".</summary>
    public string Scope => $"{OffencePhrase.Trim()} {Where}".Trim();

    /// <summary>", according to data.police.uk street records" when the dataset is not the default, else "".</summary>
    public string DatasetClause => Dataset is null ? "" : $", according to {Dataset}";
}
