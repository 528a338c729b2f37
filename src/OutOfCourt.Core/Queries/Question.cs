using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// A question as the answerability rule sees it: the source offences asked for (none: a category or every offence,
/// which every dataset answers), the forces (none: all), and the period granularity asked (null: the dataset's own years).
/// </summary>
/// <paramref name="Categories"/> and <paramref name="Serious"/> say whether an offence category or the serious filter was asked:
/// every dataset with offence detail answers those; a dataset without it answers neither.
public sealed record Question(IReadOnlyList<Offence> Offences, IReadOnlyList<Force> Forces, PeriodKind? Period = null,
    IReadOnlyList<OffenceCategory>? Categories = null, bool Serious = false, bool ByOffence = false);
