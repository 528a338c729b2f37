using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// A force-year (Force null: all forces together) of one series of a result that <see cref="ProbableGaps"/> flags:
/// its count, and the median of the neighbours it fell below. Charts draw it as a gap with a note, never as a fall.
/// </summary>
public sealed record ProbableGap(Force? Force, int Year, OutcomeClass? OutcomeClass, long Count, string SeriesKey);
