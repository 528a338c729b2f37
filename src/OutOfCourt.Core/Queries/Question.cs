using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// A question as the answerability rule sees it: the source offences asked for (none: a category or every offence,
/// which every dataset answers), the forces (none: all), and the period granularity asked (null: the dataset's own years).
/// </summary>
public sealed record Question(IReadOnlyList<Offence> Offences, IReadOnlyList<Force> Forces, PeriodKind? Period = null);
