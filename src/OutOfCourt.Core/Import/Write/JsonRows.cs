using System.Text;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Rows of integers as one JSON array, the form in which the importer hands SQLite many rows in one statement
/// (<c>... SELECT value->>0, value->>1 ... FROM json_each($rows)</c>): a statement per row spent more time in
/// ADO.NET (a parameter binder and a boxed value per column) than SQLite spent writing. Used for the cells and
/// the roll-ups.
/// </summary>
internal sealed class JsonRows
{
    private readonly StringBuilder _text = new("[");

    public int Count { get; private set; }

    public void Add(ReadOnlySpan<long> values)
    {
        _text.Append(Count++ == 0 ? "[" : ",[");
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) _text.Append(',');
            _text.Append(values[i]);
        }
        _text.Append(']');
    }

    /// <summary>The rows added since the last call, as JSON; the builder starts empty again.</summary>
    public string Take()
    {
        var json = _text.Append(']').ToString();
        _text.Clear().Append('[');
        Count = 0;
        return json;
    }
}
