namespace OutOfCourt.Core.Import;

/// <summary>A long-form import names a dataset that does not exist and does not describe a new one.</summary>
public sealed record UnknownDataset(string Key, IReadOnlyList<string> Known) : ImportRefusal
{
    public override string ToString() =>
        $"unknown dataset '{Key}'; known datasets: {string.Join(", ", Known)}. To create one, also give its name, period kind and offence scheme.";
}
