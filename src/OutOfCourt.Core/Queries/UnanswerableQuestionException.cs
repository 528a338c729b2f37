namespace OutOfCourt.Core.Queries;

/// <summary>
/// A well-formed question the chosen dataset cannot answer (a Home Office code asked of crime-type data, a force it
/// does not hold): a <see cref="QueryException"/>, so any front end that knows only that still refuses, never shows zeros.
/// </summary>
public sealed class UnanswerableQuestionException(AnswerabilityVerdict verdict) : QueryException(verdict.Message)
{
    public AnswerabilityVerdict Verdict { get; } = verdict;
}
