using System.Globalization;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Export;

/// <summary>
/// A query result as a flat table (named columns, string cells, count last): the one layout that the CLI's CSV and
/// JSON, the downloads and the on-page tables share, so they cannot drift apart.
/// </summary>
public sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static ResultTable From(QueryResult result)
    {
        var columns = new List<string>();
        foreach (var g in result.GroupBy)
            columns.AddRange(g switch
            {
                GroupBy.Force => ["force", "force_name"],
                GroupBy.Year => ["year"],
                GroupBy.Offence => ["offence", "offence_name"],
                GroupBy.Code => ["code", "code_name"],
                GroupBy.Outcome => ["outcome", "outcome_name"],
                _ => ["serious"],
            });
        columns.Add("count");
        var kind = result.Dataset.PeriodKind;
        var rows = result.Rows.Select(r =>
        {
            var cells = new List<string>();
            foreach (var g in result.GroupBy)
                cells.AddRange(g switch
                {
                    GroupBy.Force => [r.Force!.Slug, r.Force.Name],
                    GroupBy.Year => [Domain.PeriodKinds.YearLabel(kind, r.Year!.Value)],
                    GroupBy.Offence => [r.Category!.Slug, r.Category.Name],
                    GroupBy.Code => [r.Offence!.Code, r.Offence.Name],
                    GroupBy.Outcome => [r.OutcomeClass!.Slug, r.OutcomeClass.Name],
                    _ => [r.Serious == true ? "yes" : "no"],
                });
            cells.Add(r.Count.ToString(CultureInfo.InvariantCulture));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new ResultTable(columns, rows);
    }
}
