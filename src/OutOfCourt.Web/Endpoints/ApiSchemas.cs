using System.ComponentModel;

namespace OutOfCourt.Web.Endpoints;

// The shapes /api/v1 answers with, for the OpenAPI document (/openapi/v1.json). The reference endpoints return these
// records; /counts is written by the one JSON writer (Core/Export/JsonExport) in exactly this shape. One file for
// the group: each is a few lines and they are read together.

[Description("Counts from one dataset, filtered and grouped. Each row holds the grouping columns asked for (by) and count.")]
public sealed record CountsAnswer(
    [property: Description("Key of the dataset answered from, e.g. bbc-data-unit-2012-16.")] string Dataset,
    [property: Description("The dataset's name.")] string DatasetName,
    [property: Description("True when no dataset was asked for and the default answered.")] bool DatasetIsDefault,
    [property: Description("The filters in words, as the pages' subtitles say them.")] string Description,
    [property: Description("Version of the seriousness policy that flagged serious offences.")] string SeriousnessPolicyVersion,
    CountsFilters Filters,
    [property: Description("One object per group: the grouping columns (force, year, offence_category, code, outcome, serious) and count.")]
    IReadOnlyList<Dictionary<string, object?>> Rows);

[Description("The filters as the query understood them.")]
public sealed record CountsFilters(string Forces, string? Offence, int? From, int? To, string? Outcome, bool Serious, string By);

[Description("A police force, its address slug and every name the sources use for it.")]
public sealed record ForceInfo(string Slug, string Name, IReadOnlyList<string> Aliases, string Nation);

[Description("An offence category shared by all datasets.")]
public sealed record OffenceCategoryInfo(string Slug, string Name, string Description);

[Description("A Home Office offence code (scheme home-office) or a data.police.uk crime type (scheme police-uk).")]
public sealed record OffenceInfo(string Scheme, string Code, string Name, string Group, string Subgroup, string Category, bool Serious);

[Description("Offence categories, and every offence code and crime type with its category and serious flag.")]
public sealed record OffencesAnswer(IReadOnlyList<OffenceCategoryInfo> Categories, IReadOnlyList<OffenceInfo> Offences);

[Description("A source outcome (its scheme, code and name) within an outcome class.")]
public sealed record SourceOutcomeInfo(string Scheme, string Code, string Name);

[Description("An outcome class and the source outcomes mapped to it. isOutcome is false for 'no outcome recorded' rows.")]
public sealed record OutcomeClassInfo(string Slug, string Name, bool IsOutcome, string Description, IReadOnlyList<SourceOutcomeInfo> Outcomes);

[Description("One entry of the seriousness policy: what it matches (code, subgroup, group or crime-type), the value and why.")]
public sealed record PolicyEntryInfo(string Match, string Value, string Reason);

[Description("The seriousness policy in force.")]
public sealed record PolicyAnswer(string Version, string Title, string Summary, IReadOnlyList<string> Sources, IReadOnlyList<PolicyEntryInfo> Entries);

[Description("A dataset: what it measures, what has been imported, and whether it is the default.")]
public sealed record DatasetInfo(string Key, string Name, string Publisher, string Measure,
    [property: Description("month, calendar-year, financial-quarter or financial-year.")] string PeriodKind,
    string Description, int Files, int Forces, int? FirstYear, int? LastYear, long Rows, IReadOnlyList<string> Notes, DateTimeOffset? LastImport,
    bool IsDefault);
