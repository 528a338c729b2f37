using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>Explore: counts grouped by one dimension (the by parameter), the serious part flagged.</summary>
public sealed class ExploreChart : Chart
{
    public override string Name => "explore";

    public override string FullView(ChartAddress a) => $"/explore{a.Query}";

    /// <summary>The grouping asked for (year by default); throws <see cref="QueryException"/> for one that cannot be drawn.</summary>
    public static GroupBy ByOf(FilterParameters p)
    {
        try
        {
            var by = GroupByNames.Parse(p.By ?? "year");
            if (by.Count != 1 || by[0] == GroupBy.Serious) throw new FormatException("group by one of year, force, offence, code or outcome");
            return by[0];
        }
        catch (FormatException e)
        {
            throw new QueryException($"'{p.By}' cannot be used to group: {e.Message}");
        }
    }

    protected override async Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context)
    {
        var by = ByOf(context.Parameters);
        var filter = context.Filter;
        // Outcomes only: anti-social behaviour incidents have no outcome, and counting them named the wrong leader and the wrong trend.
        var outcomesOnly = filter.Outcome is null;
        var result = await queries.RunAsync(filter, outcomesOnly && by != GroupBy.Outcome ? [by, GroupBy.Outcome, GroupBy.Serious] : [by, GroupBy.Serious]);
        var rows = outcomesOnly ? result.Rows.Where(r => r.OutcomeClass!.IsOutcome).ToList() : result.Rows;
        var groups = rows.GroupBy(r => Label(r, by, result.Dataset)).ToList();
        if (by is GroupBy.Force or GroupBy.Offence or GroupBy.Code) groups = groups.OrderByDescending(g => g.Sum(r => r.Count)).ToList();
        var labels = groups.Select(g => g.Key).ToList();
        var outcome = filter.Outcome is null ? null : queries.Refs.OutcomeClassBySlug[filter.Outcome].Name;
        return new ChartSpec
        {
            Id = Name, Title = ChartTitles.Explore(outcome, by), Subtitle = result.Description, Kind = by == GroupBy.Year ? "bar" : "hbar", Stacked = true,
            Summary = ChartSummaries.Explore(context.Subject, ChartTitles.ExploreWhat(outcome),
                by == GroupBy.Year ? context.YearQualifiers.Where(q => labels.Contains(context.YearLabel(q.Year))).ToList() : null, labels,
                groups.Select(g => g.Sum(r => r.Count)).ToList(), rows.Sum(r => r.Count), ChartSummaries.Period(context.YearQualifiers)),
            Source = ChartNotes.Source(result, context.Summary), CategoryHeading = ChartTitles.Capitalise(ChartTitles.ByName(by)), Labels = labels,
            Series = [ChartSeries.AllSerious(result.SeriousKind.Label(),
                groups.Select(g => (double?)g.Where(r => r.Serious == true).Sum(r => r.Count)).ToList()),
                      ChartSeries.Plain(result.SeriousKind.OtherLabel(),
                          groups.Select(g => (double?)g.Where(r => r.Serious == false).Sum(r => r.Count)).ToList())],
            Notes = (outcomesOnly && result.Rows.Any(r => r.OutcomeClass is { IsOutcome: false })
                    ? [ChartNotes.OutcomesOnly] : Array.Empty<string>()).Concat(ChartNotes.Caveats(result.Dataset, result.SeriousKind)).ToList(),
                        PolicyVersion = result.PolicyVersion,
        };
    }

    private static string Label(CountRow r, GroupBy by, Dataset d) => by switch
    {
        GroupBy.Force => r.Force!.Name,
        GroupBy.Year => d.PeriodKind.YearLabel(r.Year!.Value),
        GroupBy.Offence => r.Category!.Name,
        GroupBy.Code => r.Offence!.Scheme == OffenceSchemes.HomeOffice ? $"{r.Offence.Code} {r.Offence.Name}" : r.Offence.Name,
        GroupBy.Outcome => r.OutcomeClass!.Name,
        _ => r.Serious == true ? "Serious" : "Other",
    };
}
