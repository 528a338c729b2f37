namespace OutOfCourt.Core.Import;

/// <summary>A column the format needs is not in the header.</summary>
internal sealed class MissingColumnException(string column) : Exception($"the header has no '{column}' column")
{
    public string ColumnName { get; } = column;
}
