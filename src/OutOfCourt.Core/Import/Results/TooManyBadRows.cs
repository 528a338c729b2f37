namespace OutOfCourt.Core.Import;

/// <summary>A file had more bad rows than <see cref="ImportOptions.MaxErrors"/> allows: nothing of it was written.</summary>
public sealed record TooManyBadRows(long BadRows, int MaxErrors) : ImportRefusal
{
    public override string ToString() => $"{BadRows:N0} bad row(s), more than the {MaxErrors} allowed; nothing of this file was written";
}
