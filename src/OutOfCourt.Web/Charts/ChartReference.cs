namespace OutOfCourt.Web.Charts;

/// <summary>
/// The national figure a ranking is read against: a row under its table (<paramref name="Cells"/>, one per shown extra
/// column) and a line across its bars at <paramref name="Value"/>, labelled <paramref name="LineLabel"/>.
/// </summary>
public sealed record ChartReference(string Label, string ValueText, double Value, string LineLabel, IReadOnlyList<string> Cells,
    IReadOnlyList<string> RawCells);
