using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Queries;

/// <summary>
/// The one rule that says whether a dataset can answer a question, from what the dataset declares
/// (<see cref="DatasetGranularity"/>) and what it holds (<see cref="DatasetCoverage"/>). Unanswerable: an offence of
/// another scheme than the dataset's (a Home Office code asked of crime-type data, or a crime type of Home Office data:
/// the two schemes do not map one to one), a period finer than the dataset's, forces none of which the dataset holds a period of.
/// A category or all offences is answered by every dataset. Pure: the tests give it a table of cases.
/// </summary>
public static class Answerability
{
    public static AnswerabilityVerdict Judge(Question question, DatasetCoverage dataset, IEnumerable<DatasetCoverage> loaded)
    {
        var reason = ReasonAgainst(question, dataset);
        if (reason is null) return new AnswerabilityVerdict(dataset.Summary, true, "", []);
        var alternatives = loaded
            .Where(d => d.Summary.Dataset.Id != dataset.Summary.Dataset.Id && d.Summary.Files > 0 && ReasonAgainst(question, d) is null)
            .Select(d => d.Summary)
            .ToList();
        return new AnswerabilityVerdict(dataset.Summary, false, reason, alternatives);
    }

    /// <summary>Why this dataset cannot answer the question, or null when it can.</summary>
    public static string? ReasonAgainst(Question question, DatasetCoverage dataset)
    {
        var d = dataset.Summary.Dataset;
        var granularity = DatasetGranularity.Of(d);
        if (!OffenceSchemes.HasOffences(d.OffenceScheme) && NamedOffences(question) is { } asked)
            return $"the dataset {d.Name} records {granularity.OffenceWords}, so it cannot count {asked}";
        var foreign = question.Offences.Where(o => o.Scheme != d.OffenceScheme).ToList();
        if (foreign.Count > 0)
            return $"the dataset {d.Name} counts offences by {granularity.OffenceWords}, so it cannot count {Named(foreign)}";
        if (question.Period is { } period && !granularity.Resolves(period))
            return $"the dataset {d.Name} counts by {granularity.PeriodWords} only, so it cannot be split by {PeriodName(period)}";
        var missing = question.Forces.Where(f => !dataset.ForceIds.Contains(f.Id)).ToList();
        // Several forces of which some are held: answerable, and the result's coverage marks the others "no data".
        if (question.Forces.Count > 0 && missing.Count == question.Forces.Count)
            return $"the dataset {d.Name} holds no data for {string.Join(" or ", missing.Select(f => f.Name))}" +
                   (dataset.ForceIds.Count == 0 ? "" : $" (it holds {dataset.ForceIds.Count} force{(dataset.ForceIds.Count == 1 ? "" : "s")})");
        return null;
    }

    /// <summary>What the question narrows offences to, in words, or null when it asks for all offences.</summary>
    private static string? NamedOffences(Question q)
    {
        var parts = (q.Categories ?? []).Select(c => $"the offence category \"{c.Name}\"").ToList();
        if (q.Offences.Count > 0) parts.Add(Named(q.Offences));
        if (q.Serious) parts.Add("serious offences");
        if (q.ByOffence) parts.Add("offence by offence");
        return parts.Count == 0 ? null : string.Join(" or ", parts);
    }

    private static string Named(IReadOnlyList<Offence> offences) => string.Join(" or ", offences.Select(o => o.Scheme == OffenceSchemes.HomeOffice
        ? $"Home Office offence {o.Code} ({o.Name})"
        : $"the {(o.Scheme == OffenceSchemes.PoliceUk ? "data.police.uk crime type" : o.Scheme + " category")} \"{o.Name}\""));

    private static string PeriodName(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "month",
        PeriodKind.FinancialQuarter => "quarter",
        PeriodKind.CalendarYear => "calendar year",
        _ => "financial year",
    };
}
