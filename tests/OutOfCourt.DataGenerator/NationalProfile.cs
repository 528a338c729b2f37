using System.Globalization;

namespace OutOfCourt.DataGenerator;

/// <summary>
/// The real proportions the generator follows, read from real files: each force's yearly volume, its crime-type mix
/// and, for each crime type, its mix of last outcomes, all from the BBC Data Unit's national aggregate of
/// data.police.uk street files for 2016 (6,044,346 rows, 45 forces).
/// </summary>
public sealed class NationalProfile
{
    public const int ProfileYear = 2016;
    public const string BbcFile = "crime outcomes by category force year 2012-16.csv";

    public required IReadOnlyList<ForceProfile> Forces { get; init; }

    public static NationalProfile Load(string bbcFolder, string forcesCsv)
    {
        var slugs = ForceSlugs(forcesCsv);
        var counts = new Dictionary<string, Dictionary<string, Dictionary<string, long>>>();
        // The BBC file has old Mac line endings (CR only).
        var lines = File.ReadAllText(Path.Combine(bbcFolder, BbcFile)).Split('\r', '\n');
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = SplitCsv(line);
            if (f[0] != ProfileYear.ToString(CultureInfo.InvariantCulture)) continue;
            var n = long.Parse(f[1], CultureInfo.InvariantCulture);
            if (!counts.TryGetValue(f[3], out var force)) counts[f[3]] = force = new();
            if (!force.TryGetValue(f[2], out var type)) force[f[2]] = type = new();
            type[f[4]] = type.GetValueOrDefault(f[4]) + n;
        }
        var forces = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
        {
            if (!slugs.TryGetValue(kv.Key, out var force))
                throw new InvalidDataException($"{BbcFile}: force '{kv.Key}' is not in {forcesCsv}");
            var types = kv.Value.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
            return new ForceProfile
            {
                Name = kv.Key, Slug = force.Slug, HomeOfficeName = force.ShortName, Nation = force.Nation,
                YearlyRows = types.Sum(t => t.Value.Values.Sum()),
                CrimeTypes = new Sampler<CrimeTypeProfile>(types.Select(t => (new CrimeTypeProfile
                {
                    Name = t.Key,
                    LastOutcomes = new Sampler<string>(t.Value.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, (double)o.Value))),
                }, (double)t.Value.Values.Sum()))),
            };
        }).ToList();
        return new NationalProfile { Forces = forces };
    }

    private static Dictionary<string, (string Slug, string ShortName, string Nation)> ForceSlugs(string forcesCsv)
    {
        var result = new Dictionary<string, (string, string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(forcesCsv).Skip(1).Where(l => l.Length > 0))
        {
            var f = SplitCsv(line);
            var aliases = f[2].Split('|', StringSplitOptions.RemoveEmptyEntries);
            // Home Office tables name some forces without "Police" or "Constabulary"; the first alias is that name.
            var entry = (f[0], aliases.FirstOrDefault() ?? f[1], f[3]);
            result[f[1]] = entry;
            foreach (var a in aliases) result.TryAdd(a, entry);
        }
        return result;
    }

    /// <summary>Splits one CSV line, honouring double quotes.</summary>
    public static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields.ToArray();
    }
}

public sealed class ForceProfile
{
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string HomeOfficeName { get; init; }
    public required string Nation { get; init; }
    /// <summary>Street rows (crimes and anti-social behaviour) in the profile year.</summary>
    public required long YearlyRows { get; init; }
    public required Sampler<CrimeTypeProfile> CrimeTypes { get; init; }
}

public sealed class CrimeTypeProfile
{
    public required string Name { get; init; }
    /// <summary>Last outcome category as data.police.uk gives it; "" for anti-social behaviour.</summary>
    public required Sampler<string> LastOutcomes { get; init; }
}

/// <summary>Draws items in proportion to their weights (binary search over the cumulative weights).</summary>
public sealed class Sampler<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Sampler(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0) throw new ArgumentException("a sampler needs at least one positive weight");
        _items = list.Select(w => w.Item).ToArray();
        _cumulative = new double[list.Count];
        double sum = 0;
        for (var i = 0; i < list.Count; i++) _cumulative[i] = sum += list[i].Weight;
        for (var i = 0; i < list.Count; i++) _cumulative[i] /= sum;
    }

    public IReadOnlyList<T> Items => _items;

    /// <summary>The item at <paramref name="u"/>, a uniform draw in [0, 1).</summary>
    public T At(double u)
    {
        var i = Array.BinarySearch(_cumulative, u);
        return _items[Math.Min(i < 0 ? ~i : i, _items.Length - 1)];
    }
}
