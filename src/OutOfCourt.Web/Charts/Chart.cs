using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Requests;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Charts;

/// <summary>
/// One chart of the <see cref="ChartCatalogue"/>: its name, how it builds its rows from <see cref="OutcomeQueryService"/>
/// for a request's context, and the address of the page that shows it in full.
/// </summary>
public abstract class Chart
{
    /// <summary>The chart's name in its addresses: /charts/{name}.csv, /embed/{name}.</summary>
    public abstract string Name { get; }

    /// <summary>Builds the chart; throws <see cref="QueryException"/> for filters that cannot be shown.</summary>
    public async Task<ChartSpec> BuildAsync(OutcomeQueryService queries, RequestContext context) =>
        WithoutOffenceDetail(await DrawAsync(queries, context), context) with
        {
            Name = Name, Query = ChartAddress.QueryString(context.Parameters), ImportedAt = context.Summary.LastImport,
            Dataset = context.Summary.Dataset.Key, FileStem = ChartFileName.Stem(Name, context),
            NewestData = context.Summary.NewestPeriodName, SeriousKind = context.SeriousKind,
        };

    /// <summary>
    /// A dataset with no offence detail cannot say which resolutions were for serious offences: its charts show all
    /// offences as one series, never a serious series of zeros.
    /// </summary>
    private static ChartSpec WithoutOffenceDetail(ChartSpec chart, RequestContext context)
    {
        if (Core.Domain.OffenceSchemes.HasOffences(context.Dataset.OffenceScheme)) return chart;
        if (!chart.Series.Any(s => s.Serious.Any(x => x))) return chart with { Notes = [.. chart.Notes, ChartNotes.NoOffenceDetail(context.Dataset)] };
        // The serious series and the "other offences" beside it become one series of every offence (the "All offences" column
        // repeated it): its offences are "unknown", which the serious upper bound cannot rule out.
        var others = Enum.GetValues<SeriousKind>().Select(k => k.OtherLabel()).ToHashSet();
        var serious = chart.Series.First(s => s.Serious.Any(x => x));
        var other = chart.Series.FirstOrDefault(s => others.Contains(s.Name));
        var all = serious.Values.Select((v, i) => v is null && other?.Values[i] is null ? null : (double?)((v ?? 0) + (other?.Values[i] ?? 0))).ToList();
        var series = chart.Series.Where(s => s != serious && s != other).Prepend(ChartSeries.Plain("All offences", all)).ToList();
        return chart with
        {
            Series = series, ExtraColumns = chart.ExtraColumns.Where(c => c.Heading != "All offences").ToList(),
            Notes = [.. chart.Notes, ChartNotes.NoOffenceDetail(context.Dataset)],
        };
    }

    /// <summary>The page that shows this chart in full, with the same filters: the link every download and embed carries.</summary>
    public abstract string FullView(ChartAddress a);

    /// <summary>The chart's rows, sentences and notes for this context.</summary>
    protected abstract Task<ChartSpec> DrawAsync(OutcomeQueryService queries, RequestContext context);

    /// <summary>Which years of the context's forces have any data, and the notes on missing and partial years.</summary>
    protected static (Func<int, bool> Covered, IReadOnlyList<string> Notes) Coverage(RequestContext context)
    {
        var cells = context.CoverageOfForces;
        var years = cells.Select(c => c.Year).ToHashSet();
        var singleForce = context.Forces.Select(f => f.Id).Distinct().Count() == 1;
        return (years.Contains, ChartNotes.Coverage(context.Dataset.PeriodKind, context.Years, cells, singleForce, context.Summary.Notes));
    }

    protected static long Sum(QueryResult r, Func<CountRow, bool> where) => r.Rows.Where(where).Sum(x => x.Count);

    protected static string Raw(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
