using System.Globalization;

namespace OutOfCourt.Core.Import;

/// <summary>
/// What a Home Office file holds that is not stored as a count, said in the file's result: central fraud bodies' rows,
/// counts the file says were not provided (gaps, not zeros) and "N/A" counts (missing, not zeros).
/// </summary>
internal sealed class HomeOfficeKeptApart
{
    private readonly SortedSet<string> _fraudBodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<string> _notProvided = new(StringComparer.OrdinalIgnoreCase);
    private long _fraudOutcomes, _fraudRows, _notProvidedRows, _missingCounts;

    public long Rows => _fraudRows + _notProvidedRows;

    public void FraudBody(string name, long closedOutcomes)
    {
        _fraudBodies.Add(name);
        _fraudOutcomes += closedOutcomes;
        _fraudRows++;
    }

    public void NotProvided(string force, string year)
    {
        _notProvided.Add($"{force} {year}");
        _notProvidedRows++;
    }

    public void Missing() => _missingCounts++;

    public IEnumerable<string> Notes()
    {
        var n = CultureInfo.InvariantCulture;
        if (_fraudRows > 0)
            yield return string.Format(n, "{0:N0} outcomes from central fraud bodies ({1}) kept apart: not a police force " +
                                          "({2:N0} rows; outcomes of investigations closed in the period)",
                _fraudOutcomes, string.Join(", ", _fraudBodies), _fraudRows);
        if (_notProvidedRows > 0)
            yield return string.Format(n, "{0:N0} {1} the data was not provided ({2}): gaps, not zeros", _notProvidedRows,
                _notProvidedRows == 1 ? "row says" : "rows say",
                string.Join(", ", _notProvided.Take(12)) + (_notProvided.Count > 12 ? ", ..." : ""));
        if (_missingCounts > 0)
            yield return string.Format(n, "{0:N0} {1} N/A: missing, not stored as 0", _missingCounts, _missingCounts == 1 ? "count is" : "counts are");
    }
}
