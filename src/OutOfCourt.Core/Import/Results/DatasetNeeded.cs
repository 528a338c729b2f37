namespace OutOfCourt.Core.Import;

/// <summary>A long-form import was given no dataset key, so its counts belong nowhere.</summary>
public sealed record DatasetNeeded : ImportRefusal
{
    public override string ToString() => "a long-form import needs a dataset key to say which dataset the counts belong to.";
}
