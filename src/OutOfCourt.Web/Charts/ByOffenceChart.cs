using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>Community resolutions by offence category, the serious part of each category flagged.</summary>
public sealed class ByOffenceChart : Chart
{
    public override string Name => "by-offence";

    /// <summary>One force's page, else the offences page.</summary>
    public override string FullView(ChartAddress a) =>
        a.Forces.Count == 1 ? $"/forces/{a.Forces[0]}{a.Keep(drop: ["force", "top"])}" : $"/offences{a.Query}";

    protected override async Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context)
    {
        var result = await queries.RunAsync(context.Filter with { Outcome = OutcomeClass.CommunityResolution }, [GroupBy.Offence, GroupBy.Serious]);
        var categories = result.Rows.GroupBy(r => r.Category!).OrderByDescending(g => g.Sum(r => r.Count)).Select(g => g.Key).ToList();
        var serious = categories.Select(c => (double?)Sum(result, r => r.Category == c && r.Serious == true)).ToList();
        var other = categories.Select(c => (double?)Sum(result, r => r.Category == c && r.Serious == false)).ToList();
        var top = categories.FirstOrDefault();
        return new ChartSpec
        {
            Id = Name, Title = ChartTitles.ByOffence(context.Subject), Subtitle = result.Description, Kind = "hbar", Stacked = true,
            Summary = ChartSummaries.ByOffence(context.Subject, top?.Name, top is null ? 0 : Sum(result, r => r.Category == top), result.Total,
                ChartSummaries.Period(context.YearQualifiers)),
            Source = ChartNotes.Source(result, context.Summary), CategoryHeading = "Offence category", Labels = categories.Select(c => c.Name).ToList(),
            Series = [ChartSeries.AllSerious(result.SeriousKind.Label(), serious), ChartSeries.Plain(result.SeriousKind.OtherLabel(), other)],
            Notes = ChartNotes.Caveats(result.Dataset, result.SeriousKind).ToList(), PolicyVersion = result.PolicyVersion,
            ExtraColumns = [new TableColumn("All offences", categories.Select(c => Words.Count(Sum(result, r => r.Category == c))).ToList(),
                categories.Select(c => Raw(Sum(result, r => r.Category == c))).ToList())],
        };
    }
}
