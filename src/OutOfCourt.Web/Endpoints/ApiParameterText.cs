namespace OutOfCourt.Web.Endpoints;

/// <summary>What each /api/v1 parameter accepts, in the words the OpenAPI document gives it (docs/urls.md says the same).</summary>
public static class ApiParameterText
{
    public const string Dataset = "Dataset key, as /api/v1/datasets lists them (e.g. bbc-data-unit-2012-16, police-uk-street, " +
        "police-uk-outcomes, home-office-closed, home-office-recorded). Omitted: the default dataset, named in the answer.";
    public const string Force = "Force slug (e.g. greater-manchester), name or alias (GMP, the Met), as /api/v1/forces lists them. " +
        "Repeat the parameter or separate with commas for several; omitted: all forces.";
    public const string Offence = "An offence category slug (e.g. violence-and-sexual-offences), a Home Office offence code (e.g. 88A, 37.2) " +
        "or a data.police.uk crime type (e.g. Bicycle theft), as /api/v1/offences lists them. Omitted: all offences.";
    public const string From = "First year, inclusive: 2016 for a calendar year, 2016/17 (or 2016-17) for a financial year. Omitted: the dataset's first year.";
    public const string To = "Last year, inclusive, written as for from. Omitted: the dataset's last year.";
    public const string Year = "One year (sets from and to together), written as for from.";
    public const string Outcome = "Outcome class slug, as /api/v1/outcomes lists them: charged, caution, community-resolution, drugs-warning, " +
        "penalty-notice, taken-into-consideration, diversionary, not-in-public-interest, prosecution-prevented, evidential-difficulties, no-suspect, " +
        "other-agency, under-investigation, no-outcome. Omitted: every outcome.";
    public const string Serious = "1, true, on or yes: only offences the seriousness policy (/api/v1/policy) flags. Anything else or omitted: all offences.";
    public const string By = "Grouping, comma-separated, any of: force, year, offence, code, outcome, serious (e.g. force,year). Omitted: one total.";
}
