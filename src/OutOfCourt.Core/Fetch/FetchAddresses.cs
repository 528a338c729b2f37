namespace OutOfCourt.Core.Fetch;

/// <summary>
/// Where fetching looks: the data.police.uk archive folder (its listing page links each YYYY-MM.zip) and the GOV.UK
/// page that links the Home Office workbooks. The real addresses are the defaults; environment variables override
/// them, and a front end may override both (tests point them at a local server).
/// </summary>
public sealed record FetchAddresses(Uri PoliceUkArchive, Uri HomeOfficePage)
{
    public const string PoliceUkVariable = "OUTOFCOURT_POLICE_UK_ARCHIVE";
    public const string HomeOfficeVariable = "OUTOFCOURT_HOME_OFFICE_PAGE";
    public const string CacheVariable = "OUTOFCOURT_FETCH_CACHE";

    public const string DefaultPoliceUkArchive = "https://data.police.uk/data/archive/";
    public const string DefaultHomeOfficePage = "https://www.gov.uk/government/statistics/police-recorded-crime-and-outcomes-open-data-tables";

    /// <summary>Explicit addresses win, then the environment, then the real sites.</summary>
    public static FetchAddresses Resolve(string? policeUkArchive = null, string? homeOfficePage = null) => new(
        Absolute(Chosen(policeUkArchive, PoliceUkVariable, DefaultPoliceUkArchive)!, policeUkArchive is null ? PoliceUkVariable : null, folder: true),
        Absolute(Chosen(homeOfficePage, HomeOfficeVariable, DefaultHomeOfficePage)!, homeOfficePage is null ? HomeOfficeVariable : null, folder: false));

    /// <summary>True for an absolute http or https address.</summary>
    public static bool IsWebAddress(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The cache folder: explicit, else OUTOFCOURT_FETCH_CACHE, else data/local/fetch-cache (ignored by git).</summary>
    public static string CacheFolder(string? explicitFolder = null) =>
        Path.GetFullPath(Chosen(explicitFolder, CacheVariable, null) ?? Path.Combine(DataDirectory.Locate(), "local", "fetch-cache"));

    private static string? Chosen(string? given, string variable, string? fallback) =>
        !string.IsNullOrWhiteSpace(given) ? given
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set ? set
        : fallback;

    /// <summary>An http(s) address; the archive folder ends with a slash so that archive names resolve inside it.</summary>
    private static Uri Absolute(string text, string? variable, bool folder)
    {
        if (!IsWebAddress(text))
            throw new FormatException($"{(variable is null ? "" : variable + ": ")}'{text}' is not an http or https address");
        var uri = new Uri(text);
        return folder && !uri.AbsolutePath.EndsWith('/') ? new Uri(uri + "/") : uri;
    }
}
