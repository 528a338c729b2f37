using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// Rates through the one query model: an outcome (community resolutions by default) per 1,000 recorded crimes and as a
/// share of all outcomes assigned, by force and year. The counts are <see cref="OutcomeQueryService.RunAsync"/>'s; the
/// denominators are the reference data's recorded crime.
/// </summary>
public sealed class RateQuery(OutcomeQueryService queries)
{
    public const string DefaultOutcome = "community-resolution";

    public async Task<RateResult> RunAsync(OutcomeFilter filter, CancellationToken ct = default)
    {
        var refs = queries.Refs;
        var outcomeSlug = filter.Outcome ?? DefaultOutcome;
        if (!refs.OutcomeClassBySlug.TryGetValue(outcomeSlug, out var outcome))
            throw new QueryException($"unknown outcome '{outcomeSlug}'; outcomes: {string.Join(", ", refs.OutcomeClasses.Select(c => c.Slug))}");
        var counts = await queries.RunAsync(filter with { Outcome = null }, [GroupBy.Force, GroupBy.Year, GroupBy.Outcome], ct);
        var dataset = counts.Dataset;
        var coverage = (await queries.Catalog.CoverageAsync(dataset, ct: ct)).ToDictionary(c => (c.ForceId, c.Year));
        var notes = new List<string>();
        void Note(string text)
        {
            if (!notes.Contains(text)) notes.Add(text);
        }
        var byOffence = filter.Offence is not null || filter.SeriousOnly;
        if (!dataset.PeriodKind.IsFinancial())
            Note($"{dataset.Name} is not by financial year, so no rate per 1,000 recorded crimes (recorded crime is by financial year).");
        if (byOffence) Note("No rate per 1,000 recorded crimes for a set of offences: recorded crime is not bundled by offence. The share of all outcomes is " +
            "for those offences.");

        var rows = counts.Rows.GroupBy(r => (r.Force!, Year: r.Year!.Value)).Select(g =>
        {
            var (force, year) = g.Key;
            var count = g.Where(r => r.OutcomeClass!.Id == outcome.Id).Sum(r => r.Count);
            var all = g.Where(r => r.OutcomeClass!.IsOutcome).Sum(r => r.Count);
            var full = coverage.TryGetValue((force.Id, year), out var cell) && cell.Full;
            long? recorded = dataset.PeriodKind.IsFinancial() && !byOffence ? refs.RecordedCrime.For(force.Id, year) : null;
            if (!full) Note("A year the dataset covers only in part has no rates: its count is of part of the year.");
            else if (recorded is null && dataset.PeriodKind.IsFinancial() && !byOffence)
                Note($"No rate per 1,000 recorded crimes where the recorded crime of the force and year is not published ({force.Name} " +
                    $"{dataset.PeriodKind.YearLabel(year)}).");
            return new RateRow
            {
                Force = force, Year = year, Count = count, AllOutcomes = all, FullYear = full, RecordedCrime = recorded,
                PerThousandRecordedCrimes = full && recorded is > 0 ? 1000.0 * count / recorded.Value : null,
                ShareOfAllOutcomes = full && all > 0 ? (double)count / all : null,
            };
        }).OrderBy(r => r.Force.Name, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        return new RateResult
        {
            Dataset = dataset, DatasetIsDefault = counts.DatasetIsDefault, Outcome = outcome, Rows = rows,
            RecordedCrimeSource = refs.RecordedCrime.Source, Notes = notes,
        };
    }
}
