using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>The share of outcomes that were community resolutions, by year, for the forces asked for and for all forces.</summary>
public sealed class ShareChart : Chart
{
    public override string Name => "share";

    /// <summary>One force's page, else the overview.</summary>
    public override string FullView(ChartAddress a) => a.Forces.Count == 1 ? $"/forces/{a.Forces[0]}{a.Keep(drop: ["force", "top"])}" : $"/{a.Query}";

    protected override async Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context)
    {
        var filter = context.Filter;
        var local = await queries.RunAsync(filter with { Outcome = null }, [GroupBy.Year, GroupBy.Outcome]);
        var national = await queries.RunAsync(filter with { Outcome = null, Forces = [] }, [GroupBy.Year, GroupBy.Outcome]);
        var years = context.Years;
        var coverage = Coverage(context);
        (List<double?> Shares, List<long?> Denominators) Shares(QueryResult r, bool gaps)
        {
            // A year not covered, or a probable gap in community resolutions (ProbableGaps), is a gap, never 0%.
            var shares = years.Select(y => Share(r, y, (gaps && !coverage.Covered(y)) || r.IsProbableGap(null, y, OutcomeClass.CommunityResolution)))
                .ToList();
            return (shares.Select(x => x.Share).ToList(), shares.Select(x => x.Denominator).ToList());
        }
        var (localShares, localDen) = Shares(local, true);
        var (nationalShares, nationalDen) = Shares(national, false);
        var labels = years.Select(context.YearLabel).ToList();
        var subject = context.Subject;
        return new ChartSpec
        {
            Id = Name, Title = ChartTitles.Share(subject), Subtitle = ChartTitles.ShareSubtitle(local.Description), Kind = "line", Format = ValueFormat.Percent,
            Summary = ChartSummaries.Share(subject, context.YearQualifiers, localShares, nationalShares, context.AllForces),
            Source = ChartNotes.Source(local, context.Summary), CategoryHeading = ChartTitles.YearHeading(context.Dataset.PeriodKind), Labels = labels,
            Series = [ChartSeries.Plain(ChartTitles.ShareSeries(subject), localShares, localDen), ChartSeries.Plain("All forces", nationalShares, nationalDen)],
            Notes = coverage.Notes.Concat(GapNotes.For(CommunityResolutionGaps(local), context.Dataset.PeriodKind, ChartTitles.ShareSeries(subject)))
                .Concat(GapNotes.For(CommunityResolutionGaps(national), context.Dataset.PeriodKind, "all forces"))
                .Append(ChartNotes.ShareDefinition).ToList(),
            PolicyVersion = local.PolicyVersion,
        };
    }

    /// <summary>The probable gaps the share shows as gaps: those of community resolutions (other classes are only in its denominator).</summary>
    private static List<ProbableGap> CommunityResolutionGaps(QueryResult r) =>
        r.ProbableGaps.Where(g => g.OutcomeClass?.Slug == OutcomeClass.CommunityResolution).ToList();

    private static (double? Share, long? Denominator) Share(QueryResult r, int year, bool gap)
    {
        if (gap) return (null, null);
        var outcomes = r.Rows.Where(x => x.Year == year && x.OutcomeClass!.IsOutcome).Sum(x => x.Count);
        var cr = r.Rows.Where(x => x.Year == year && x.OutcomeClass!.Slug == OutcomeClass.CommunityResolution).Sum(x => x.Count);
        return outcomes == 0 ? (null, 0) : (100.0 * cr / outcomes, outcomes);
    }
}
