namespace OutOfCourt.Core.Import;

/// <summary>A file's header is none of the formats told by their header (<see cref="FileFormat.ExpectedHeaders"/>).</summary>
public sealed record UnknownFormat(string Header) : ImportRefusal
{
    public override string ToString() =>
        $"unknown format: the header is '{Header}'; {FileFormat.ExpectedHeaders()}; for any other table of counts give a column map";
}
