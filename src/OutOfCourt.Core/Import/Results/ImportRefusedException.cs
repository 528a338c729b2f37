namespace OutOfCourt.Core.Import;

/// <summary>A whole import run is refused before any file is read (<see cref="Refusal"/> says why).</summary>
public sealed class ImportRefusedException(ImportRefusal refusal) : Exception(refusal.ToString())
{
    public ImportRefusal Refusal { get; } = refusal;
}
