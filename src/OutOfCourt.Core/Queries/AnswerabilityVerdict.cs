namespace OutOfCourt.Core.Queries;

/// <summary>
/// Whether a dataset can answer a question; when not, why in words ("This data cannot tell you: ...") and the loaded
/// datasets that can, so every front end says the same thing and offers the same way on.
/// </summary>
public sealed record AnswerabilityVerdict(DatasetSummary Dataset, bool Answerable, string Reason, IReadOnlyList<DatasetSummary> Alternatives)
{
    /// <summary>The whole statement: the reason, then what can answer it (or that nothing loaded can).</summary>
    public string Message => $"This data cannot tell you: {Reason}. " + (Alternatives.Count == 0
        ? "No loaded dataset can answer it."
        : $"Loaded datasets that can answer it: {string.Join(", ", Alternatives.Select(a => $"{a.Dataset.Name} ({a.Dataset.Key})"))}.");
}
