namespace OutOfCourt.Core.Domain;

/// <summary>The offence schemes a source can state offences in (<see cref="Offence.Scheme"/>, <see cref="Dataset.OffenceScheme"/>).</summary>
public static class OffenceSchemes
{
    public const string PoliceUk = "police-uk";
    public const string HomeOffice = "home-office";
}
