namespace OutOfCourt.Core.Queries;

/// <summary>A loaded dataset and the forces it holds any period of (from the Slices table, the coverage map).</summary>
public sealed record DatasetCoverage(DatasetSummary Summary, IReadOnlySet<int> ForceIds);
