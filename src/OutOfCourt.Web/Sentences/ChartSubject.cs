namespace OutOfCourt.Web.Sentences;

/// <summary>
/// What a chart is about, in the words its sentences use: the names of the forces asked for (none: all forces) and
/// the offence asked for, a category's name or the text the user gave (a code or crime type).
/// </summary>
public sealed record ChartSubject(IReadOnlyList<string> ForceNames, string? Offence = null, bool OffenceIsCategory = false)
{
    public static readonly ChartSubject Everything = new([]);

    /// <summary>The one force asked for, or null.</summary>
    public string? Force => ForceNames.Count == 1 ? ForceNames[0] : null;

    /// <summary>"across all forces" or "in Kent Police, Essex Police".</summary>
    public string Where => ForceNames.Count == 0 ? "across all forces" : "in " + string.Join(", ", ForceNames);

    /// <summary>" for violence and sexual offences", " for 88A", or "" (it leads with a space where there is one).</summary>
    public string OffencePhrase => Offence is null ? "" : OffenceIsCategory ? $" for {Words.Lower(Offence)}" : $" for {Offence}";

    /// <summary>"for burglary in Kent Police", "across all forces".</summary>
    public string Scope => $"{OffencePhrase.Trim()} {Where}".Trim();
}
