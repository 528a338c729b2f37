using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>
/// Police recorded crime by force and financial year (data/reference/recorded-crime.csv, from the Home Office's police
/// force area tables): the denominator of a rate per 1,000 recorded crimes. A force-year the file lacks has no
/// denominator, so no rate (never a rate of 0).
/// </summary>
public sealed class RecordedCrime
{
    public const string FileName = "recorded-crime.csv";
    public static readonly RecordedCrime Empty = new(new Dictionary<(int, int), long>(), "");

    private readonly IReadOnlyDictionary<(int ForceId, int Year), long> _counts;

    private RecordedCrime(IReadOnlyDictionary<(int, int), long> counts, string source)
    {
        _counts = counts;
        Source = source;
    }

    /// <summary>Where the figures come from, as a page or download names it.</summary>
    public string Source { get; }

    /// <summary>Recorded crime of a force in the financial year starting in <paramref name="year"/>; null when not published.</summary>
    public long? For(int forceId, int year) => _counts.TryGetValue((forceId, year), out var n) ? n : null;

    /// <summary>Reads the file, naming the line of any force, year or count it cannot read.</summary>
    public static RecordedCrime Load(string path, Func<string, Force?> findForce)
    {
        if (!File.Exists(path)) return Empty;
        var counts = new Dictionary<(int, int), long>();
        var line = 1;
        foreach (var row in Csv.ReadSmallFile(path))
        {
            line++;
            var force = findForce(row["force"]) ?? throw new InvalidDataException($"{path}:{line}: force, '{row["force"]}': unknown force");
            if (!PeriodKinds.TryParseYear(row["financial_year"], out var year))
                throw new InvalidDataException($"{path}:{line}: financial_year, '{row["financial_year"]}': not a financial year such as 2016/17");
            if (!long.TryParse(row["recorded_crime"], System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 0)
                throw new InvalidDataException($"{path}:{line}: recorded_crime, '{row["recorded_crime"]}': not a whole number");
            counts[(force.Id, year)] = n;
        }
        return new RecordedCrime(counts,
            "Home Office, police recorded crime by police force area (prc-pfa-mar2013-onwards-tables), via data/reference/" + FileName);
    }
}
