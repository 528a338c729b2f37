namespace OutOfCourt.Core.Domain;

/// <summary>The offence schemes a source can state offences in (<see cref="Offence.Scheme"/>, <see cref="Dataset.OffenceScheme"/>).</summary>
public static class OffenceSchemes
{
    public const string PoliceUk = "police-uk";
    public const string HomeOffice = "home-office";
    /// <summary>No offence detail: every count is all offences together (e.g. the Home Office derived tables).</summary>
    public const string None = "none";

    /// <summary>True when a dataset of this scheme records which offence each count is for.</summary>
    public static bool HasOffences(string scheme) => scheme != None;
}
