namespace OutOfCourt.Core.Import;

/// <summary>
/// A column map that cannot be used: <see cref="Detail"/> says what is wrong with it, naming no option; the message
/// puts "column map: " before it, where a front end puts the name its users give the map (the CLI's --map).
/// </summary>
public sealed class ColumnMapException(string detail) : FormatException($"column map: {detail}")
{
    public string Detail { get; } = detail;
}
