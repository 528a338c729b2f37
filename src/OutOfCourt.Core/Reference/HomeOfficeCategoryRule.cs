namespace OutOfCourt.Core.Reference;

/// <summary>One row of data/reference/home-office-offence-categories.csv: a code, subgroup or group and its common category.</summary>
public sealed record HomeOfficeCategoryRule(string Match, string Value, string Category);
