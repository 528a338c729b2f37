using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>The kinds of serious count by name (serious=exact|lower|upper) and in the words every page, file and API uses.</summary>
public static class SeriousKinds
{
    public static string Name(this SeriousKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>
    /// The kind a dataset can give: exact for Home Office codes whatever was asked; for coarse categories the bound asked
    /// for (exact is refused there, as the data cannot say which offence of a category was resolved).
    /// </summary>
    public static SeriousKind For(Dataset dataset, SeriousKind asked)
    {
        if (dataset.OffenceScheme == OffenceSchemes.HomeOffice) return SeriousKind.Exact;
        if (asked == SeriousKind.Exact)
            throw new QueryException($"{dataset.Name} records data.police.uk crime types, not Home Office offence codes, so a serious count " +
                                     "can only be a bound: use serious=upper (categories that include serious offences) or serious=lower " +
                                     "(categories made up entirely of serious offences)");
        return asked;
    }

    /// <summary>Reads serious=1|yes|true|on (the upper bound, or exact where the data allows), upper, lower or exact; null when off.</summary>
    public static SeriousKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "0" or "no" or "false" or "off" => null,
        "1" or "yes" or "true" or "on" or "upper" => SeriousKind.Upper,
        "lower" => SeriousKind.Lower,
        "exact" => SeriousKind.Exact,
        var other => throw new FormatException($"'{other}' is not a serious count: use serious=1 (or upper), lower or exact"),
    };

    /// <summary>What is counted: "serious offences", "categories that include serious offences (upper bound)".</summary>
    public static string Counted(this SeriousKind kind) => kind switch
    {
        SeriousKind.Exact => "serious offences",
        SeriousKind.Lower => "categories made up entirely of serious offences (lower bound)",
        _ => "categories that include serious offences (upper bound)",
    };

    /// <summary>A phrase that follows a count: "for serious offences", "in categories that include serious offences (upper bound)".</summary>
    public static string ForPhrase(this SeriousKind kind) => kind == SeriousKind.Exact ? "for serious offences" : "in " + kind.Counted();

    /// <summary>The base of a share: "among serious offences", "among categories that include serious offences (upper bound)".</summary>
    public static string AmongPhrase(this SeriousKind kind) => "among " + kind.Counted();

    /// <summary>A short label for a chart series or a column: "Serious offences", "Upper bound: categories that include serious offences".</summary>
    public static string Label(this SeriousKind kind) => kind switch
    {
        SeriousKind.Exact => "Serious offences",
        SeriousKind.Lower => "Lower bound: categories made up entirely of serious offences",
        _ => "Upper bound: categories that include serious offences",
    };

    /// <summary>The rest beside a serious series: "Other offences", "Other categories", "Other categories (some hold serious offences)".</summary>
    public static string OtherLabel(this SeriousKind kind) => kind switch
    {
        SeriousKind.Exact => "Other offences",
        SeriousKind.Lower => "Other categories (some hold serious offences)",
        _ => "Other categories (no offence the policy flags)",
    };
}
