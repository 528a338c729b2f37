using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Queries;
using OutOfCourt.Web.Infrastructure;
using OutOfCourt.Web.Sentences;

namespace OutOfCourt.Web.Requests;

/// <summary>
/// What one request asks about, resolved once at the page's or endpoint's edge (<see cref="RequestContextResolver"/>)
/// and handed down to the charts: the filters, the dataset and its summary, the forces and offence asked for, and the
/// dataset's coverage. A page that shows one force's charts derives each chart's context with <see cref="With"/>.
/// </summary>
public sealed record RequestContext
{
    public required FilterParameters Parameters { get; init; }
    public required DatasetSummary Summary { get; init; }
    /// <summary>True when the dataset was chosen by the default rule, not by the user.</summary>
    public required bool DatasetIsDefault { get; init; }
    /// <summary>The forces asked for that exist, in the order asked (an unknown one is the query's to report).</summary>
    public required IReadOnlyList<Force> Forces { get; init; }
    /// <summary>The offence asked for when it names a category (else the parameter is a code or crime type, or absent).</summary>
    public OffenceCategory? Category { get; init; }
    /// <summary>Periods covered per force and year in the dataset, every force.</summary>
    public required IReadOnlyList<CoverageCell> Coverage { get; init; }
    /// <summary>How many territorial forces the reference data knows (43): a ranking of fewer says how many are in the data.</summary>
    public int ForcesKnown { get; init; }
    /// <summary>When the crime type or category asked for was in use (data.police.uk data only; null: no limit).</summary>
    public ((int Year, int Month)? From, (int Year, int Month)? To)? OffenceInUse =>
        Dataset.OffenceScheme == OffenceSchemes.PoliceUk ? InUseOf?.Invoke(Category?.Slug ?? Parameters.Offence) : null;
    /// <summary>The reference data's crime-type history (<see cref="Core.Reference.ReferenceData.InUse"/>).</summary>
    public Func<string?, ((int Year, int Month)? From, (int Year, int Month)? To)?>? InUseOf { get; init; }

    public Dataset Dataset => Summary.Dataset;
    /// <summary>What a serious count here is: exact for Home Office codes, else the bound asked for (serious=lower|upper).</summary>
    public SeriousKind SeriousKind => SeriousKinds.For(Dataset, Parameters.SeriousBound);
    public OutcomeFilter Filter => Parameters.ToFilter();

    /// <summary>The forces and offence in the words the sentences use.</summary>
    public ChartSubject Subject => new(Forces.Select(f => f.Name).ToList(), Category?.Name ?? Parameters.Offence, Category is not null,
        DatasetIsDefault ? null : Dataset.Name, Parameters.Serious ? SeriousKind : null, AllForces);

    /// <summary>The years a chart shows, each with what a sentence must say of it (part year, category not yet in use).</summary>
    public IReadOnlyList<YearQualifier> YearQualifiers => YearQualifier.For(Dataset.PeriodKind, Years, CoverageOfForces, OffenceInUse);

    /// <summary>"all forces", or "the 2 forces in this data" when the dataset holds fewer than the reference data knows.</summary>
    public string AllForces => Summary.Forces > 0 && Summary.Forces < ForcesKnown ? $"the {Summary.Forces} forces in this data" : "all forces";

    /// <summary>The coverage of the forces asked for (every force when none was).</summary>
    public IReadOnlyList<CoverageCell> CoverageOfForces
    {
        get
        {
            var ids = Forces.Select(f => f.Id).ToHashSet();
            return ids.Count == 0 ? Coverage : Coverage.Where(c => ids.Contains(c.ForceId)).ToList();
        }
    }

    /// <summary>
    /// The years a chart by year shows: the years asked for, else the dataset's span.
    /// </summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var from = Parameters.From ?? Summary.FirstYear ?? 0;
            var to = Parameters.To ?? Summary.LastYear ?? -1;
            return Enumerable.Range(from, Math.Max(0, to - from + 1)).ToList();
        }
    }

    public string YearLabel(int year) => Dataset.PeriodKind.YearLabel(year);

    /// <summary>This context narrowed by a page's own path or layout: one force, one offence, one year, the first N rows.</summary>
    public RequestContext With(Force? force = null, string? offence = null, OffenceCategory? category = null, int? year = null, int? top = null) => this with
    {
        Parameters = Parameters.With(force: force?.Slug, offence: offence, year: year, top: top),
        Forces = force is null ? Forces : [force],
        Category = offence is null ? Category : category,
    };
}
