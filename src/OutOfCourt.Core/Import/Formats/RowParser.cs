using System.Globalization;
using CsvHelper;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>What a parser can ask of the import under way, besides counting.</summary>
internal interface IRowSink
{
    void Add(FactKey key, long count);
    /// <summary>Adds a Home Office offence code that the reference list lacks, from the file's own description.</summary>
    Offence AddOffence(Offence offence);
}

/// <summary>A problem with the current row: which column, what value, and why.</summary>
internal readonly record struct RowProblem(string Column, string Value, string Reason);

/// <summary>Reads the rows of one format. Finds its columns by header name once, then parses row by row.</summary>
internal abstract class RowParser
{
    protected readonly CsvReader Reader;
    protected readonly ReferenceData Refs;
    private readonly List<string> _header;

    protected RowParser(CsvReader reader, ReferenceData refs)
    {
        Reader = reader;
        Refs = refs;
        _header = reader.Headers.Select(FormatHeaders.Normalise).ToList();
    }

    /// <summary>Rows left out by rule (not errors), such as Home Office outcome 0.</summary>
    public long ExcludedByRule { get; protected set; }
    public long NegativeCounts { get; protected set; }
    /// <summary>Rows neither stored nor refused, said in <see cref="Notes"/> (Home Office: central fraud bodies, data not provided).</summary>
    public virtual long RowsKeptApart => 0;
    /// <summary>Sentences for the file's result about what was kept apart, missing or a gap.</summary>
    public virtual IEnumerable<string> Notes => [];

    /// <summary>The dataset the file's rows land in (the first, where a file feeds two).</summary>
    public abstract Dataset Dataset { get; }

    /// <summary>Parses the current row into the sink; returns the problem instead when the row is bad.</summary>
    public abstract RowProblem? Parse(IRowSink sink);

    protected int Column(string name, params string[] aliases)
    {
        foreach (var candidate in aliases.Prepend(name))
        {
            var i = IndexOf(candidate);
            if (i >= 0) return i;
        }
        throw new MissingColumnException(name);
    }

    protected int OptionalColumn(string name) => IndexOf(name);

    private int IndexOf(string name)
    {
        var wanted = FormatHeaders.Normalise(name);
        for (var i = 0; i < _header.Count; i++)
            if (string.Equals(_header[i], wanted, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    protected string Field(int index) => index >= 0 && index < Reader.FieldCount ? Reader.GetString(index).Trim() : "";
    protected string HeaderName(int index) => Reader.Headers[index];

    // Force names are normalised before lookup (case, "&", hyphens); a file repeats a few dozen, so each is worked out once.
    private readonly Dictionary<string, Force?> _forces = new(StringComparer.Ordinal);

    protected RowProblem? Force(int column, out Force force)
    {
        var value = Field(column);
        if (!_forces.TryGetValue(value, out var found)) _forces[value] = found = Refs.FindForce(value);
        force = found!;
        return force is null
            ? new RowProblem(HeaderName(column), value, value.Length == 0
                ? "the force is missing"
                : "unknown force; it is neither a force name nor an alias in data/reference/forces.csv (add the alias there if it is a new spelling)")
            : null;
    }

    protected RowProblem? Month(int column, out int year, out int month)
    {
        var value = Field(column);
        year = month = 0;
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 2000 && d.Year <= 2100)
        {
            (year, month) = (d.Year, d.Month);
            return null;
        }
        return new RowProblem(HeaderName(column), value, "not a month of the form YYYY-MM");
    }

    protected RowProblem? CrimeType(int column, out Offence offence)
    {
        var value = Field(column);
        offence = Refs.FindOffence(OffenceSchemes.PoliceUk, value)!;
        return offence is null
            ? new RowProblem(HeaderName(column), value, "unknown data.police.uk crime type (see data/reference/police-uk-crime-types.csv)")
            : null;
    }

    protected RowProblem? Count(int column, bool allowNegative, out long count)
    {
        var value = Field(column);
        if (!long.TryParse(value.Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count))
            return new RowProblem(HeaderName(column), value, "not a whole number");
        if (count < 0 && !allowNegative) return new RowProblem(HeaderName(column), value, "a count cannot be negative");
        if (count < 0) NegativeCounts++;
        return null;
    }
}
