using Microsoft.AspNetCore.Mvc;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Charts;
using OutOfCourt.Web.Infrastructure;

namespace OutOfCourt.Web.Pages.Explore;

/// <summary>Any filter, any grouping: the researcher's page. Chart and table show the same grouped rows.</summary>
public sealed class IndexModel(Dashboard dashboard) : DashboardPageModel(dashboard)
{
    public ChartSpec? Chart { get; private set; }
    public QueryResult? Result { get; private set; }
    public GroupBy By { get; private set; } = GroupBy.Year;

    public Task<IActionResult> OnGetAsync() => RenderAsync(async () =>
    {
        try
        {
            var by = GroupByNames.Parse(Parameters.By ?? "year");
            if (by.Count != 1 || by[0] == GroupBy.Serious) throw new FormatException("group by one of year, force, offence, code or outcome");
            By = by[0];
        }
        catch (FormatException e)
        {
            Problems.Add($"'{Parameters.By}' cannot be used to group: {e.Message}.");
            return null;
        }
        (Chart, Result) = await Dashboard.ExploreAsync(Parameters.ToFilter(), By, "explore");
        return null;
    });
}
