namespace OutOfCourt.Core.Import;

/// <summary>One thing wrong with one row: where (file, line, column), what (value) and why.</summary>
public sealed record ImportProblem(string File, long Line, string Column, string Value, string Reason)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: column '{Column}', value '{Value}': {Reason}" : $"{File}: {Reason}";
}
