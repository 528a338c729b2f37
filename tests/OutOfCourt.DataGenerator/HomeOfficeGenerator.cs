using System.Globalization;
using System.Text;

namespace OutOfCourt.DataGenerator;

/// <summary>
/// Writes Home Office crime outcomes open data, one CSV (or, with --home-office-format xlsx, one workbook in the published
/// layout) per financial year, in its documented header and with its
/// known quirks (force names without "Police", several spellings of N/A, a few negative counts, a lower-case "x"
/// expired flag, outcome 0 and the 1a/2a/3a subsets). No raw Home Office file was available, so the outcome mix is
/// an approximation stated in docs/data-formats.md; force sizes follow the police.uk profile.
/// </summary>
public sealed class HomeOfficeGenerator(NationalProfile profile, GeneratorOptions options, string offenceCodesCsv)
{
    public const string Header =
        "Financial Year,Financial Quarter,Force Name,Offence Code,Offence Description,Offence Group,Offence Subgroup,Offence Code Expired," +
        "Outcome Type,Outcome Description,Outcome Group,Number of Outcomes for offences that were recorded in the quarter," +
        "Number of Outcomes for investigations that were closed in the quarter";

    /// <summary>Outcome types with an approximate national share of closed investigations (year ending March 2017 order of magnitude).</summary>
    private static readonly (string Code, string Description, string Group, double Share)[] Outcomes =
    [
        ("0", "Not yet assigned an outcome", "Not yet assigned", 0.06),
        ("1", "Charged/Summonsed", "Charged/Summonsed", 0.09), ("1a", "Charged/Summonsed - alternate offence", "Charged/Summonsed", 0.004),
        ("2", "Caution - youths", "Out-of-court (formal)", 0.004), ("2a", "Caution - youths - alternate offence", "Out-of-court (formal)", 0.0005),
        ("3", "Caution - adults", "Out-of-court (formal)", 0.03), ("3a", "Caution - adults - alternate offence", "Out-of-court (formal)", 0.001),
        ("4", "Offence taken into consideration", "Taken into consideration", 0.002), ("5", "The offender has died",
            "Prosecution prevented or not in the public interest", 0.0005),
        ("6", "Penalty Notices for Disorder", "Out-of-court (formal)", 0.003), ("7", "Cannabis/Khat warning", "Out-of-court (formal)", 0.01),
        ("8", "Community Resolution", "Out-of-court (informal)", 0.03), ("9", "Prosecution not in the public interest (CPS)",
            "Prosecution prevented or not in the public interest", 0.001),
        ("10", "Formal action against the offender is not in the public interest (Police)", "Prosecution prevented or not in the public interest", 0.01),
        ("11", "Prosecution prevented - suspect under age", "Prosecution prevented or not in the public interest", 0.001),
        ("12", "Prosecution prevented - suspect too ill", "Prosecution prevented or not in the public interest", 0.001),
        ("13", "Prosecution prevented - victim/key witness dead/too ill", "Prosecution prevented or not in the public interest", 0.001),
        ("14", "Evidential difficulties victim based - named suspect not identified", "Evidential difficulties", 0.06),
        ("15", "Evidential difficulties named suspect identified - victim supports action", "Evidential difficulties", 0.09),
        ("16", "Evidential difficulties victim based - named suspect identified", "Evidential difficulties", 0.14),
        ("17", "Prosecution time limit expired", "Prosecution prevented or not in the public interest", 0.002),
        ("18", "Investigation complete - no suspect identified", "Investigation complete - no suspect identified", 0.44),
        ("20", "Further action by another body or agency", "Responsibility for further investigation transferred", 0.01),
        ("21", "Further investigation not in the public interest (Police)", "Prosecution prevented or not in the public interest", 0.01),
        ("22", "Diversionary, educational or intervention activity", "Diversionary, educational or intervention activity", 0.002),
    ];
    private static readonly string[] NotAvailable = ["N/A", "n/a", "NA", ".."];

    /// <summary>One file per financial year that starts inside the generated months; returns the rows written.</summary>
    public long Write()
    {
        var folder = Path.Combine(options.OutputFolder, "home-office");
        long rows = 0;
        var firstYear = options.FirstMonth / 12 + (options.FirstMonth % 12 > 3 ? 1 : 0);
        for (var year = firstYear; year * 12 + 3 <= options.LastMonth; year++)
        {
            Directory.CreateDirectory(folder);
            var name = $"prc-outcomes-open-data-{year}-{(year + 1) % 100:00}";
            rows += options.HomeOfficeWorkbook
                ? WriteWorkbook(Path.Combine(folder, name + ".xlsx"), year)
                : WriteCsv(Path.Combine(folder, name + ".csv"), year);
        }
        return rows;
    }

    private long WriteCsv(string path, int year)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
        w.WriteLine(Header);
        var line = new StringBuilder(400);
        long rows = 0;
        foreach (var cells in Rows(year))
        {
            line.Clear();
            for (var i = 0; i < cells.Length; i++) Field(i == 0 ? line : line.Append(','), cells[i]);
            w.WriteLine(line);
            rows++;
        }
        return rows;
    }

    /// <summary>The published layout: cover and notes sheets, then the data sheet with its header on row 3, counts as numbers.</summary>
    private long WriteWorkbook(string path, int year)
    {
        long rows = 0;
        using var workbook = XlsxWriter.Create(path);
        workbook.AddSheet("Cover", [["Police recorded crime and outcomes open data tables (generated)"], [], ["Not real data"]]);
        workbook.AddSheet("Notes", [["Notes"], ["Outcome type 0: not yet assigned an outcome. 1a/2a/3a are subsets of 1/2/3."]]);
        IEnumerable<object?[]> Data()
        {
            yield return ["Crime outcomes open data"];
            yield return [];
            yield return Header.Split(',');
            foreach (var cells in Rows(year))
            {
                rows++;
                yield return cells.Select(c => long.TryParse(c, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? (object?)n : c.Length == 0 ? null : c).ToArray();
            }
        }
        workbook.AddSheet("Outcomes_open_data", Data());
        return rows;
    }

    /// <summary>The rows of one financial year, as the CSV's fields.</summary>
    private IEnumerable<string[]> Rows(int year)
    {
        var codes = File.ReadLines(offenceCodesCsv).Skip(1).Where(l => l.Length > 0).Select(NationalProfile.SplitCsv).ToList();
        var forces = profile.Forces.Where(f => f.Nation is "England" or "Wales").ToList();
        var fy = $"{year}/{(year + 1) % 100:00}";
        for (var fi = 0; fi < forces.Count; fi++)
        {
            var force = forces[fi];
            // Recorded crime is larger than the street data; the crimes (not ASB) of a force-year are the scale.
            var crimes = force.YearlyRows * 0.75 * options.Scale;
            var name = fi % 3 == 0 ? force.HomeOfficeName : force.Name;
            for (var quarter = 1; quarter <= 4; quarter++)
            for (var ci = 0; ci < codes.Count; ci++)
            {
                var code = codes[ci];
                var rng = new SplitMix(SplitMix.Seed(options.Seed, year, fi, quarter, ci));
                // Offence volumes are very skewed: a log-normal weight per code, fixed across forces and years.
                var codeRng = new SplitMix(SplitMix.Seed(options.Seed, ci));
                var weight = Math.Exp(2.2 * Normal(ref codeRng)) / codes.Count / 8;
                var expired = codeRng.NextDouble() < 0.05 ? "x" : "";
                foreach (var (outcome, description, group, share) in Outcomes)
                {
                    var mean = crimes / 4 * weight * share;
                    var closed = Draw(mean, ref rng);
                    var recorded = Draw(mean * 0.9, ref rng);
                    if (closed == 0 && recorded == 0) continue;
                    var quirk = rng.NextDouble();
                    var recordedText = quirk < 0.002 ? NotAvailable[rng.NextInt(NotAvailable.Length)] : recorded.ToString(CultureInfo.InvariantCulture);
                    var closedText = quirk > 0.9995 ? (-1 - rng.NextInt(3)).ToString(CultureInfo.InvariantCulture)
                        : closed.ToString(CultureInfo.InvariantCulture);
                    yield return [fy, $"Q{quarter}", name, code[0], code[1], code[3], code[2], expired, outcome, description, group, recordedText, closedText];
                }
            }
        }
    }

    private static StringBuilder Field(StringBuilder line, string value) =>
        value.Contains(',') || value.Contains('"') ? line.Append('"').Append(value.Replace("\"", "\"\"")).Append('"') : line.Append(value);

    /// <summary>A count near <paramref name="mean"/>: Poisson-like for small means, normal for large ones.</summary>
    private static long Draw(double mean, ref SplitMix rng)
    {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.Max(0, (long)Math.Round(mean + Math.Sqrt(mean) * Normal(ref rng)));
        var limit = Math.Exp(-mean);
        long k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble()) k++;
        return k;
    }

    private static double Normal(ref SplitMix rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
