using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Reference;
using OutOfCourt.Web.Charts;

namespace OutOfCourt.Web.Infrastructure;

/// <summary>
/// The charts the pages show, each built from one or two calls to <see cref="OutcomeQueryService"/> (the same query
/// model the CLI and downloads use), so a number on a page is the number `outofcourt query` gives for its filters.
/// </summary>
public sealed class Dashboard(OutcomeQueryService queries, ReferenceData refs)
{
    public const string CommunityResolution = OutcomeClass.CommunityResolution;
    public ReferenceData Refs => refs;
    public OutcomeQueryService Queries => queries;

    /// <summary>Community resolutions by year, serious offences apart from the rest, with years of no data as gaps.</summary>
    public async Task<ChartSpec> TrendAsync(OutcomeFilter filter, string id, string title)
    {
        var cr = filter with { Outcome = CommunityResolution };
        var result = await queries.RunAsync(cr, [GroupBy.Year, GroupBy.Serious]);
        var (summary, _) = await queries.Catalog.ResolveAsync(result.Dataset.Key);
        var years = Years(result, summary);
        var coverage = await CoveredYearsAsync(result, filter);
        var serious = years.Select(y => coverage.Covered(y) ? (double?)Sum(result, r => r.Year == y && r.Serious == true) : null).ToList();
        var other = years.Select(y => coverage.Covered(y) ? (double?)Sum(result, r => r.Year == y && r.Serious == false) : null).ToList();
        var labels = years.Select(y => result.Dataset.PeriodKind.YearLabel(y)).ToList();
        var series = new List<ChartSeries> { ChartSeries.AllSerious("Serious offences", serious) };
        if (!filter.SeriousOnly) series.Add(ChartSeries.Plain("Other offences", other));
        var totals = years.Select((_, i) => serious[i] is null ? null : (double?)(serious[i]!.Value + (filter.SeriousOnly ? 0 : other[i]!.Value))).ToList();
        return new ChartSpec
        {
            Id = id, Title = title, Subtitle = result.Description, Kind = "bar", Stacked = true,
            Summary = $"Community resolutions{(filter.SeriousOnly ? " for serious offences" : "")} {Scope(result)} {Words.Change(labels, totals)}.",
            Source = Source(result, summary), CategoryHeading = YearHeading(result.Dataset), Labels = labels, Series = series,
            Notes = coverage.Notes.Concat(Caveats(result)).ToList(), PolicyVersion = result.PolicyVersion,
            ExtraColumns = filter.SeriousOnly ? [] : [new TableColumn("All offences", totals.Select(t => t is null ? "no data" : Words.Count((long)t)).ToList(),
                totals.Select(t => t is null ? "" : Raw((long)t)).ToList())],
        };
    }

    /// <summary>Community resolutions by offence category, the serious part of each category flagged.</summary>
    public async Task<ChartSpec> ByOffenceAsync(OutcomeFilter filter, string id, string title)
    {
        var result = await queries.RunAsync(filter with { Outcome = CommunityResolution }, [GroupBy.Offence, GroupBy.Serious]);
        var (summary, _) = await queries.Catalog.ResolveAsync(result.Dataset.Key);
        var categories = result.Rows.GroupBy(r => r.Category!).OrderByDescending(g => g.Sum(r => r.Count)).Select(g => g.Key).ToList();
        var serious = categories.Select(c => (double?)Sum(result, r => r.Category == c && r.Serious == true)).ToList();
        var other = categories.Select(c => (double?)Sum(result, r => r.Category == c && r.Serious == false)).ToList();
        var top = categories.FirstOrDefault();
        return new ChartSpec
        {
            Id = id, Title = title, Subtitle = result.Description, Kind = "hbar", Stacked = true,
            Summary = top is null ? $"No community resolutions {Scope(result)}."
                : $"{top.Name} had the most community resolutions {Scope(result)}: {Words.Count(Sum(result, r => r.Category == top))} of {Words.Count(result.Total)}.",
            Source = Source(result, summary), CategoryHeading = "Offence category", Labels = categories.Select(c => c.Name).ToList(),
            Series = [ChartSeries.AllSerious("Serious offences", serious), ChartSeries.Plain("Other offences", other)],
            Notes = Caveats(result).ToList(), PolicyVersion = result.PolicyVersion,
            ExtraColumns = [new TableColumn("All offences", categories.Select(c => Words.Count(Sum(result, r => r.Category == c))).ToList(),
                categories.Select(c => Raw(Sum(result, r => r.Category == c))).ToList())],
        };
    }

    /// <summary>The share of outcomes that were community resolutions, by year, for the filter and for all forces.</summary>
    public async Task<ChartSpec> ShareTrendAsync(OutcomeFilter filter, string id, string title)
    {
        var local = await queries.RunAsync(filter with { Outcome = null }, [GroupBy.Year, GroupBy.Outcome]);
        var national = await queries.RunAsync(filter with { Outcome = null, Forces = [] }, [GroupBy.Year, GroupBy.Outcome]);
        var (summary, _) = await queries.Catalog.ResolveAsync(local.Dataset.Key);
        var years = Years(local, summary);
        var coverage = await CoveredYearsAsync(local, filter);
        (List<double?> Shares, List<long?> Denominators) Shares(QueryResult r, bool gaps)
        {
            var shares = years.Select(y => Share(r, y, gaps && !coverage.Covered(y))).ToList();
            return (shares.Select(x => x.Share).ToList(), shares.Select(x => x.Denominator).ToList());
        }
        var (localShares, localDen) = Shares(local, true);
        var (nationalShares, nationalDen) = Shares(national, false);
        var labels = years.Select(y => local.Dataset.PeriodKind.YearLabel(y)).ToList();
        var forceName = filter.Forces.Count == 1 ? refs.ForceBySlug[filter.Forces[0]].Name : "Selected forces";
        var last = localShares.Select((v, i) => (v, i)).LastOrDefault(x => x.v is not null);
        return new ChartSpec
        {
            Id = id, Title = title, Subtitle = local.Description.Replace("All outcomes", "Share of outcomes that were community resolutions"),
            Kind = "line", Format = ValueFormat.Percent,
            Summary = last.v is null ? "No outcomes in this period."
                : $"In {labels[last.i]}, {Percent(last.v.Value)} of {forceName}'s outcomes{OffencePhrase(filter)} were community resolutions, against {Percent(nationalShares[last.i] ?? 0)} for all forces.",
            Source = Source(local, summary), CategoryHeading = YearHeading(local.Dataset), Labels = labels,
            Series = [ChartSeries.Plain(forceName, localShares, localDen), ChartSeries.Plain("All forces", nationalShares, nationalDen)],
            Notes = coverage.Notes.Append("Share = community resolutions ÷ all outcomes recorded (anti-social behaviour, which has no outcome, is left out); the denominator is in the table.").ToList(),
            PolicyVersion = local.PolicyVersion,
        };
    }

    public enum Measure { Count, Share, SeriousShare }

    /// <summary>Forces ranked by a measure for one filter: community resolutions, their share of outcomes, or their share of outcomes for serious offences.</summary>
    public async Task<(ChartSpec Chart, IReadOnlyList<ForceRank> Ranks)> RankingAsync(OutcomeFilter filter, Measure measure, string id, string title, int? top = null)
    {
        // Two small questions rather than one large one: outcomes by force and class, and community resolutions by
        // force split by seriousness (seriousness needs every offence; the outcomes do not).
        var scoped = filter with { Outcome = null, SeriousOnly = filter.SeriousOnly || measure == Measure.SeriousShare };
        var result = await queries.RunAsync(scoped, [GroupBy.Force, GroupBy.Outcome]);
        var resolutions = (await queries.RunAsync(scoped with { Outcome = CommunityResolution }, [GroupBy.Force, GroupBy.Serious])).Rows
            .ToLookup(r => r.Force!);
        var (summary, _) = await queries.Catalog.ResolveAsync(result.Dataset.Key);
        var ranks = result.Rows.GroupBy(r => r.Force!).Select(g => new ForceRank(g.Key,
                resolutions[g.Key].Sum(r => r.Count),
                resolutions[g.Key].Where(r => r.Serious == true).Sum(r => r.Count),
                g.Where(r => r.OutcomeClass!.IsOutcome).Sum(r => r.Count)))
            .Where(r => r.Outcomes > 0)
            .OrderByDescending(r => measure == Measure.Count ? r.CommunityResolutions : r.Share)
            .ThenBy(r => r.Force.Name, StringComparer.Ordinal)
            .ToList();
        var shown = top is { } n ? ranks.Take(n).ToList() : ranks;
        var labels = shown.Select(r => r.Force.Name).ToList();
        var scope = Scope(result);
        var chart = new ChartSpec
        {
            Id = id, Title = title, Subtitle = result.Description.Replace("All outcomes", measure == Measure.Count ? "Community resolutions" : "Share of outcomes that were community resolutions"),
            Kind = "hbar", Stacked = measure == Measure.Count, Format = measure == Measure.Count ? ValueFormat.Count : ValueFormat.Percent,
            Summary = shown.Count == 0 ? $"No outcomes {scope}."
                : measure == Measure.Count
                    ? $"{shown[0].Force.Name} used community resolutions most {scope}: {Words.Count(shown[0].CommunityResolutions)} ({Words.Share(shown[0].CommunityResolutions, shown[0].Outcomes)} of its outcomes)."
                    : $"{shown[0].Force.Name} had the highest share {scope}: {Words.Share(shown[0].CommunityResolutions, shown[0].Outcomes)} of {Words.Count(shown[0].Outcomes)} outcomes{(measure == Measure.SeriousShare ? " for serious offences" : "")} were community resolutions.",
            Source = Source(result, summary), CategoryHeading = "Force", Labels = labels,
            Series = measure == Measure.Count
                ? [ChartSeries.AllSerious("Serious offences", shown.Select(r => (double?)r.SeriousCommunityResolutions).ToList()),
                   ChartSeries.Plain("Other offences", shown.Select(r => (double?)(r.CommunityResolutions - r.SeriousCommunityResolutions)).ToList())]
                : [new ChartSeries(measure == Measure.SeriousShare ? "Share for serious offences" : "Share of all outcomes",
                    shown.Select(r => (double?)r.Share).ToList(), shown.Select(_ => measure == Measure.SeriousShare).ToList(),
                    shown.Select(r => (long?)r.Outcomes).ToList())],
            Notes = (top is { } t && ranks.Count > t ? [$"Top {t} of {ranks.Count} forces with outcomes in this period; the full ranking is on the Compare page."] : Array.Empty<string>())
                .Concat(Caveats(result)).ToList(),
            PolicyVersion = result.PolicyVersion,
            ExtraColumns = measure == Measure.Count
                ? [new TableColumn("All offences", shown.Select(r => Words.Count(r.CommunityResolutions)).ToList(), shown.Select(r => Raw(r.CommunityResolutions)).ToList()),
                   new TableColumn("Share of outcomes", shown.Select(r => $"{Words.Share(r.CommunityResolutions, r.Outcomes)} of {Words.Count(r.Outcomes)}").ToList(),
                       shown.Select(r => r.Share.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).ToList()),
                   new TableColumn("Outcomes (denominator)", [], shown.Select(r => Raw(r.Outcomes)).ToList(), ExportOnly: true)]
                : [new TableColumn("Community resolutions", shown.Select(r => Words.Count(r.CommunityResolutions)).ToList(), shown.Select(r => Raw(r.CommunityResolutions)).ToList())],
        };
        return (chart, ranks);
    }

    /// <summary>Explore: counts grouped by one dimension, the serious part flagged.</summary>
    public async Task<(ChartSpec Chart, QueryResult Result)> ExploreAsync(OutcomeFilter filter, GroupBy by, string id)
    {
        var result = await queries.RunAsync(filter, [by, GroupBy.Serious]);
        var (summary, _) = await queries.Catalog.ResolveAsync(result.Dataset.Key);
        var groups = result.Rows.GroupBy(r => Label(r, by, result.Dataset)).ToList();
        if (by is GroupBy.Force or GroupBy.Offence or GroupBy.Code) groups = groups.OrderByDescending(g => g.Sum(r => r.Count)).ToList();
        var labels = groups.Select(g => g.Key).ToList();
        var what = filter.Outcome is null ? "Outcomes" : refs.OutcomeClassBySlug[filter.Outcome].Name + "s";
        var chart = new ChartSpec
        {
            Id = id, Title = $"{what} by {ByName(by)}", Subtitle = result.Description, Kind = by == GroupBy.Year ? "bar" : "hbar", Stacked = true,
            Summary = labels.Count == 0 ? "Nothing matches these filters."
                : by == GroupBy.Year ? $"{what} {Scope(result)} {Words.Change(labels, groups.Select(g => (double?)g.Sum(r => r.Count)).ToList())}."
                : $"{labels[0]} has the most: {Words.Count(groups[0].Sum(r => r.Count))} of {Words.Count(result.Total)}.",
            Source = Source(result, summary), CategoryHeading = Capitalise(ByName(by)), Labels = labels,
            Series = [ChartSeries.AllSerious("Serious offences", groups.Select(g => (double?)g.Where(r => r.Serious == true).Sum(r => r.Count)).ToList()),
                      ChartSeries.Plain("Other offences", groups.Select(g => (double?)g.Where(r => r.Serious == false).Sum(r => r.Count)).ToList())],
            Notes = Caveats(result).ToList(), PolicyVersion = result.PolicyVersion,
        };
        return (chart, result);
    }

    /// <summary>The overview's headline for one dataset's latest year.</summary>
    public async Task<Headline?> HeadlineAsync(DatasetSummary summary)
    {
        if (summary.LastYear is not { } year) return null;
        // Outcomes by class, and community resolutions by seriousness: two small questions (as for the ranking).
        var filter = new OutcomeFilter { Dataset = summary.Dataset.Key }.WithYear(year);
        var result = await queries.RunAsync(filter, [GroupBy.Outcome]);
        var resolutions = await queries.RunAsync(filter with { Outcome = CommunityResolution }, [GroupBy.Serious]);
        var coverage = await queries.Catalog.CoverageAsync(summary.Dataset);
        return new Headline(summary, summary.Dataset.PeriodKind.YearLabel(year), year,
            result.Rows.Where(r => r.OutcomeClass!.Slug == CommunityResolution).Sum(r => r.Count),
            result.Rows.Where(r => r.OutcomeClass!.IsOutcome).Sum(r => r.Count),
            resolutions.Rows.Where(r => r.Serious == true).Sum(r => r.Count),
            coverage.Where(c => c.Year == year).Select(c => c.ForceId).Distinct().Count(),
            coverage.Any(c => c.Year == year && !c.Full));
    }

    public static string ByName(GroupBy by) => by switch
    {
        GroupBy.Offence => "offence category",
        GroupBy.Code => "offence (source's own code or crime type)",
        GroupBy.Outcome => "outcome",
        _ => by.Name(),
    };

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Label(CountRow r, GroupBy by, Dataset d) => by switch
    {
        GroupBy.Force => r.Force!.Name,
        GroupBy.Year => d.PeriodKind.YearLabel(r.Year!.Value),
        GroupBy.Offence => r.Category!.Name,
        GroupBy.Code => r.Offence!.Scheme == OffenceSchemes.HomeOffice ? $"{r.Offence.Code} {r.Offence.Name}" : r.Offence.Name,
        GroupBy.Outcome => r.OutcomeClass!.Name,
        _ => r.Serious == true ? "Serious" : "Other",
    };

    private static string Raw(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Percent(double percent) => (percent / 100).ToString("P1", ChartSpec.Culture);

    private static long Sum(QueryResult r, Func<CountRow, bool> where) => r.Rows.Where(where).Sum(x => x.Count);

    private static (double? Share, long? Denominator) Share(QueryResult r, int year, bool gap)
    {
        if (gap) return (null, null);
        var outcomes = r.Rows.Where(x => x.Year == year && x.OutcomeClass!.IsOutcome).Sum(x => x.Count);
        var cr = r.Rows.Where(x => x.Year == year && x.OutcomeClass!.Slug == CommunityResolution).Sum(x => x.Count);
        return outcomes == 0 ? (null, 0) : (100.0 * cr / outcomes, outcomes);
    }

    private static List<int> Years(QueryResult r, DatasetSummary s)
    {
        var from = r.Filter.YearFrom ?? s.FirstYear ?? 0;
        var to = r.Filter.YearTo ?? s.LastYear ?? -1;
        return Enumerable.Range(from, Math.Max(0, to - from + 1)).ToList();
    }

    private string Scope(QueryResult r)
    {
        var where = r.Filter.Forces.Count == 0 ? "across all forces" : "in " + string.Join(", ", r.Filter.Forces.Select(f => refs.ForceBySlug[f].Name));
        return $"{OffencePhrase(r.Filter).Trim()} {where}".Trim();
    }

    private string OffencePhrase(OutcomeFilter f) =>
        f.Offence is null ? "" : refs.CategoryBySlug.TryGetValue(f.Offence, out var c) ? $" for {Words.Lower(c.Name)}" : $" for {f.Offence}";

    private static string YearHeading(Dataset d) => d.PeriodKind.IsFinancial() ? "Financial year" : "Year";

    public static string Source(QueryResult r, DatasetSummary s) =>
        $"Source: {r.Dataset.Publisher}, {r.Dataset.Name} (dataset {r.Dataset.Key}{(r.DatasetIsDefault ? ", the default" : "")})" +
        (s.LastImport is { } at ? $", imported {at:d MMMM yyyy}" : "") +
        ". Contains public sector information licensed under the Open Government Licence v3.0.";

    /// <summary>What a reader must know beside these numbers: coarse categories, partial files.</summary>
    private IEnumerable<string> Caveats(QueryResult r)
    {
        if (r.Dataset.OffenceScheme == OffenceSchemes.PoliceUk)
            yield return "data.police.uk crime types are coarse: 'serious' flags whole categories (violence and sexual offences, robbery, possession of weapons) that also hold minor offences, so serious counts are an upper bound.";
    }

    /// <summary>Which years of the filter have any data, and notes on missing and partial ones.</summary>
    private async Task<(Func<int, bool> Covered, IReadOnlyList<string> Notes)> CoveredYearsAsync(QueryResult result, OutcomeFilter filter)
    {
        var forceIds = filter.Forces.Select(f => refs.ForceBySlug[f].Id).ToHashSet();
        var cells = (await queries.Catalog.CoverageAsync(result.Dataset))
            .Where(c => forceIds.Count == 0 || forceIds.Contains(c.ForceId)).ToList();
        var byYear = cells.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.ToList());
        var (summary, _) = await queries.Catalog.ResolveAsync(result.Dataset.Key);
        var years = Years(result, summary);
        var kind = result.Dataset.PeriodKind;
        var notes = new List<string>();
        var missing = years.Where(y => !byYear.ContainsKey(y)).Select(y => kind.YearLabel(y)).ToList();
        if (missing.Count > 0) notes.Add($"No data for {string.Join(", ", missing)}: shown as a gap, not as zero.");
        foreach (var y in years.Where(byYear.ContainsKey))
        {
            var partial = byYear[y].Where(c => !c.Full).ToList();
            if (partial.Count > 0 && forceIds.Count == 1)
                notes.Add($"{kind.YearLabel(y)}: {partial[0].Periods} of {partial[0].PeriodsPerYear} {(kind == PeriodKind.Month ? "months" : "quarters")} of data only.");
            else if (partial.Count > 0)
                notes.Add($"{kind.YearLabel(y)}: {partial.Count} force(s) with part of the year only.");
        }
        var fileNotes = (await queries.Catalog.SummariesAsync()).First(s => s.Dataset.Id == result.Dataset.Id).Notes;
        notes.AddRange(fileNotes);
        return (y => byYear.ContainsKey(y), notes);
    }
}

public sealed record ForceRank(Force Force, long CommunityResolutions, long SeriousCommunityResolutions, long Outcomes)
{
    /// <summary>Community resolutions as a percentage of outcomes.</summary>
    public double Share => Outcomes == 0 ? 0 : 100.0 * CommunityResolutions / Outcomes;
}

public sealed record Headline(DatasetSummary Summary, string YearLabel, int Year, long CommunityResolutions, long Outcomes, long Serious, int Forces, bool Partial)
{
    public string Share => Words.Share(CommunityResolutions, Outcomes);
}
