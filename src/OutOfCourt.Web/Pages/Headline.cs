using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Pages;

/// <summary>The overview's card for one dataset's latest year: community resolutions, outcomes, serious ones, forces.</summary>
public sealed record Headline(DatasetSummary Summary, string YearLabel, int Year, long CommunityResolutions, long Outcomes, long Serious, int Forces,
    bool Partial, long SeriousLower = 0, SeriousKind SeriousKind = SeriousKind.Exact)
{
    public string Share => Words.Share(CommunityResolutions, Outcomes);

    /// <summary>The headline of one dataset's latest year, or null for a dataset without data.</summary>
    public static async Task<Headline?> ReadAsync(OutcomeQueryService queries, DatasetSummary summary)
    {
        if (summary.LastYear is not { } year) return null;
        // Outcomes by class, and community resolutions by seriousness: two small questions (as for the ranking).
        var filter = new OutcomeFilter { Dataset = summary.Dataset.Key }.WithYear(year);
        var result = await queries.RunAsync(filter, [GroupBy.Outcome]);
        var resolutions = await queries.RunAsync(filter with { Outcome = OutcomeClass.CommunityResolution }, [GroupBy.Serious]);
        var coverage = await queries.Catalog.CoverageAsync(summary.Dataset);
        // Coarse categories give an interval: the lower bound too (Home Office codes are exact, and the same count).
        var lower = resolutions.SeriousKind == SeriousKind.Exact ? resolutions
            : await queries.RunAsync(filter with { Outcome = OutcomeClass.CommunityResolution, SeriousBound = SeriousKind.Lower }, [GroupBy.Serious]);
        return new Headline(summary, summary.Dataset.PeriodKind.YearLabel(year), year,
            result.Rows.Where(r => r.OutcomeClass!.Slug == OutcomeClass.CommunityResolution).Sum(r => r.Count),
            result.Rows.Where(r => r.OutcomeClass!.IsOutcome).Sum(r => r.Count),
            resolutions.Rows.Where(r => r.Serious == true).Sum(r => r.Count),
            coverage.Where(c => c.Year == year).Select(c => c.ForceId).Distinct().Count(),
            coverage.Any(c => c.Year == year && !c.Full),
            lower.Rows.Where(r => r.Serious == true).Sum(r => r.Count), resolutions.SeriousKind);
    }
}
