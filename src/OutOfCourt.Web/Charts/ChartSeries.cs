namespace OutOfCourt.Web.Charts;

/// <summary>One series: a value per label (null = no data, drawn as a gap), which bars are serious, and for shares the denominators.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, IReadOnlyList<bool> Serious, IReadOnlyList<long?>? Denominators = null)
{
    public static ChartSeries Plain(string name, IReadOnlyList<double?> values, IReadOnlyList<long?>? denominators = null) =>
        new(name, values, values.Select(_ => false).ToList(), denominators);

    public static ChartSeries AllSerious(string name, IReadOnlyList<double?> values) =>
        new(name, values, values.Select(_ => true).ToList());
}
