using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Import;

/// <summary>Where long-form counts land and which column holds what: the two things a long-form import is given.</summary>
internal readonly record struct LongFormTarget(Dataset? Dataset, ColumnMap? Map);
