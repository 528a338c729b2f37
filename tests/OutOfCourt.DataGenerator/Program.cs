using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using OutOfCourt.Core;
using OutOfCourt.DataGenerator;

// Writes national-scale data in the real formats and folder layout, deterministically from a seed.
// Usage: dotnet run --project tests/OutOfCourt.DataGenerator -c Release -- --out DIR [--scale 0.01|1.0] [--years N | --months N]
//        [--to YYYY-MM] [--seed N] [--zip] [--no-home-office] [--home-office-format csv|xlsx]
// What it follows and what it invents: docs/data-formats.md, "Generated data".

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine("""
        outofcourt-generate --out DIR [options]
          --scale X         1.0 = one real national year (about 6 million street rows); 0.01 for smoke runs (default 0.01)
          --years N         years of months to write, ending at --to (default 1)
          --months N        or a number of months instead
          --to YYYY-MM      the last month (default 2023-12)
          --seed N          the same seed writes the same bytes (default 20161)
          --zip             one zip per month folder, as the data.police.uk archive is downloaded
          --no-home-office  skip the Home Office financial-year files
          --home-office-format csv|xlsx
                            the Home Office years as CSV (default) or as workbooks in the published layout
        """);
    return 0;
}
try
{
    var options = GeneratorCommand.Parse(args);
    var clock = Stopwatch.StartNew();
    var written = NationalData.Generate(options);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wrote {written.Files:N0} files to {options.OutputFolder}: {written.StreetRows:N0} street rows, {written.OutcomeRows:N0} outcome rows, " +
        $"{written.HomeOfficeRows:N0} Home Office rows, {PoliceUkGenerator.MonthText(options.FirstMonth)} to {PoliceUkGenerator.MonthText(options.LastMonth)}, "
            +
        $"scale {options.Scale}, seed {options.Seed}, in {clock.Elapsed.TotalSeconds:F1} s"));
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message} (see --help)");
    return 2;
}

namespace OutOfCourt.DataGenerator
{
    public static class GeneratorCommand
    {
        public static GeneratorOptions Parse(string[] args)
        {
            string? Text(string name) => Array.IndexOf(args,
                name) is var i and >= 0 ? (i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value")) : null;
            int Int(string name, int fallback) => Text(name) is { } t
                ? int.TryParse(t, CultureInfo.InvariantCulture,
                    out var v) && v > 0 ? v : throw new ArgumentException($"{name} '{t}' is not a positive whole number")
                : fallback;
            var output = Text("--out") ?? throw new ArgumentException("--out DIR is required");
            var scaleText = Text("--scale") ?? "0.01";
            if (!double.TryParse(scaleText, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || scale <= 0 || scale > 100)
                throw new ArgumentException($"--scale '{scaleText}' is not a number above 0 and at most 100");
            var toText = Text("--to") ?? "2023-12";
            if (!DateOnly.TryParseExact(toText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
                throw new ArgumentException($"--to '{toText}' is not a month of the form YYYY-MM");
            var months = Text("--months") is not null ? Int("--months", 1) : 12 * Int("--years", 1);
            var last = PoliceUkGenerator.MonthIndex(to.Year, to.Month);
            return new GeneratorOptions
            {
                OutputFolder = Path.GetFullPath(output), Scale = scale, LastMonth = last, FirstMonth = last - months + 1,
                Seed = Text("--seed") is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : 20161,
                Zip = args.Contains("--zip"), HomeOffice = !args.Contains("--no-home-office"),
                HomeOfficeWorkbook = (Text("--home-office-format") ?? "csv") switch
                {
                    "csv" => false, "xlsx" => true,
                    var f => throw new ArgumentException($"--home-office-format '{f}' is not csv or xlsx"),
                },
            };
        }
    }

    /// <summary>The whole generator: police.uk monthly files, Home Office yearly files, then the optional zips.</summary>
    public static class NationalData
    {
        public static GeneratedFiles Generate(GeneratorOptions options)
        {
            var data = DataDirectory.Locate();
            var profile = NationalProfile.Load(Path.Combine(data, "bbc-data-unit"), Path.Combine(data, "reference", "forces.csv"));
            Directory.CreateDirectory(options.OutputFolder);
            var written = new PoliceUkGenerator(profile, options).Write();
            if (options.HomeOffice)
                written.HomeOfficeRows = new HomeOfficeGenerator(profile, options, Path.Combine(data, "reference",
                    "home-office-offence-codes-2017-18.csv")).Write();
            if (options.Zip) ZipMonths(options.OutputFolder);
            return written;
        }

        /// <summary>Each YYYY-MM folder becomes YYYY-MM.zip holding YYYY-MM/*.csv, the archive's own layout.</summary>
        private static void ZipMonths(string folder)
        {
            var months = Directory.GetDirectories(folder).Where(d => Path.GetFileName(d).Length == 7 && Path.GetFileName(d)[4] == '-').ToList();
            Parallel.ForEach(months, month =>
            {
                var zipPath = month + ".zip";
                File.Delete(zipPath);
                using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
                    foreach (var file in Directory.GetFiles(month).Order(StringComparer.Ordinal))
                        zip.CreateEntryFromFile(file, $"{Path.GetFileName(month)}/{Path.GetFileName(file)}", CompressionLevel.Fastest);
                Directory.Delete(month, recursive: true);
            });
        }
    }
}
