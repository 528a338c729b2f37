namespace OutOfCourt.Core.Fetch;

/// <summary>What is newer than the database holds: the files to fetch, and for each source a sentence on what was compared.</summary>
public sealed record FetchPlan(IReadOnlyList<FetchItem> Items, IReadOnlyList<string> Findings);
