using System.Globalization;
using System.Text;

namespace OutOfCourt.DataGenerator;

/// <summary>
/// Writes data.police.uk monthly files, <c>YYYY-MM/YYYY-MM-&lt;force&gt;-street.csv</c> and <c>-outcomes.csv</c>, for
/// every force, byte for byte in the real layout. Volumes and mixes follow <see cref="NationalProfile"/>; the
/// outcome events follow what the real City of London files show (see docs/data-formats.md, "Generated data").
/// </summary>
public sealed class PoliceUkGenerator(NationalProfile profile, GeneratorOptions options)
{
    public const string StreetHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
    public const string OutcomesHeader = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

    /// <summary>Months of crimes simulated before the first month written, so early outcome files hold events of older crimes, as real ones do.</summary>
    private const int BurnInMonths = 36;
    /// <summary>Share of crimes never published in a street file (no usable location) whose outcomes still are: real outcome IDs that join nothing.</summary>
    private const double UnpublishedShare = 0.02;
    private const double NoLocationShare = 0.045;

    /// <summary>Months from a crime to its first outcome event; from the City of London 2016 files (26% same month, 27% next), with a long tail.</summary>
    private static readonly Sampler<int> FirstEventLag = new(
    [
        (-1, 0.003), (0, 0.27), (1, 0.28), (2, 0.15), (3, 0.085), (4, 0.06), (5, 0.04), (6, 0.03), (7, 0.02), (8, 0.015),
        (9, 0.01), (10, 0.008), (11, 0.006), (12, 0.005), (15, 0.005), (18, 0.004), (24, 0.004), (30, 0.003), (36, 0.002),
    ]);
    /// <summary>Months from charge to court result.</summary>
    private static readonly Sampler<int> CourtLag = new([(0, 0.15), (1, 0.2), (2, 0.18), (3, 0.13), (4, 0.09), (5, 0.07), (6, 0.06), (8, 0.05), (10, 0.04), (12,
        0.03)]);

    /// <summary>Last outcomes that were preceded by a "Suspect charged" event.</summary>
    private static readonly HashSet<string> CourtResults = new(StringComparer.Ordinal)
    {
        "Defendant found not guilty", "Defendant sent to Crown Court", "Offender deprived of property", "Offender fined",
        "Offender given absolute discharge", "Offender given community sentence", "Offender given conditional discharge",
        "Offender given suspended prison sentence", "Offender ordered to pay compensation", "Offender otherwise dealt with",
        "Offender sent to prison", "Court case unable to proceed",
    };
    /// <summary>Last outcomes that mean "charged, no result yet": the only event is the charge.</summary>
    private static readonly HashSet<string> ChargedOnly = new(StringComparer.Ordinal) { "Awaiting court outcome", "Court result unavailable" };
    /// <summary>Last outcomes that produce no outcome event.</summary>
    private static readonly HashSet<string> NoEvent = new(StringComparer.Ordinal) { "", "Under investigation", "Status update unavailable" };

    private static readonly string[] Places =
    [
        "High Street", "Station Road", "Church Street", "Park Road", "London Road", "Victoria Road", "Green Lane", "Manor Road",
        "Parking Area", "Supermarket", "Shopping Area", "Petrol Station", "Nightclub", "Further/Higher Educational Building",
        "Sports/Recreation Area", "Hospital", "Police Station", "Theatre/Concert Hall", "Bus/Coach Station", "Conference/Exhibition Centre",
        "Mill Lane", "Queen Street", "King Street", "New Road", "School Lane", "The Crescent", "Grove Road", "Albert Road",
    ];

    public GeneratedFiles Write()
    {
        var totals = new GeneratedFiles();
        var forces = profile.Forces.Select((f, i) => (Force: f, Index: i)).OrderByDescending(f => f.Force.YearlyRows).ToList();
        Parallel.ForEach(forces, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, f =>
        {
            var written = WriteForce(f.Force, f.Index);
            lock (totals) totals.Add(written);
        });
        return totals;
    }

    private GeneratedFiles WriteForce(ForceProfile force, int forceIndex)
    {
        var written = new GeneratedFiles();
        var pending = new Dictionary<int, List<Event>>();
        var first = options.FirstMonth;
        var area = AreaName(force.Name);
        for (var month = first - BurnInMonths; month <= options.LastMonth; month++)
        {
            var supplied = month >= first && Supplies(force, month);
            var rows = RowsInMonth(force, forceIndex, month);
            using var street = supplied ? Open(month, force, "street", StreetHeader, written) : null;
            var line = new StringBuilder(320);
            for (var seq = 0; seq < rows; seq++)
            {
                var crime = new Crime(force, forceIndex, month, seq, options.Seed);
                if (street is not null && !crime.Unpublished)
                {
                    line.Clear();
                    if (crime.HasId) crime.AppendId(line);
                    line.Append(',').Append(MonthText(month)).Append(',').Append(force.Name).Append(',').Append(force.Name).Append(',');
                    AppendPlace(line, crime, area, force);
                    line.Append(',').Append(crime.Type.Name).Append(',').Append(crime.LastOutcome).Append(',');
                    street.WriteLine(line);
                    written.StreetRows++;
                }
                if (crime.HasId) Schedule(crime, month, first, pending);
            }
            if (!supplied || !pending.Remove(month, out var events))
            {
                pending.Remove(month);
                if (supplied) using (Open(month, force, "outcomes", OutcomesHeader, written)) { }
                continue;
            }
            using var outcomes = Open(month, force, "outcomes", OutcomesHeader, written);
            foreach (var e in events)
            {
                var crime = new Crime(force, forceIndex, e.CrimeMonth, e.Sequence, options.Seed);
                line.Clear();
                crime.AppendId(line);
                line.Append(',').Append(MonthText(month)).Append(',').Append(force.Name).Append(',').Append(force.Name).Append(',');
                AppendPlace(line, crime, area, force);
                line.Append(',').Append(crime.EventOutcome(e.Second));
                outcomes!.WriteLine(line);
                written.OutcomeRows++;
            }
        }
        return written;
    }

    /// <summary>Greater Manchester Police supplied nothing to data.police.uk from July 2019 (a records-system change).</summary>
    public static bool Supplies(ForceProfile force, int month) =>
        !(force.Name == "Greater Manchester Police" && month >= MonthIndex(2019, 7));

    private int RowsInMonth(ForceProfile force, int forceIndex, int month)
    {
        var rng = new SplitMix(SplitMix.Seed(options.Seed, forceIndex, month / 12, -1));
        var yearFactor = 0.94 + 0.12 * rng.NextDouble();
        var season = 1 + 0.08 * Math.Sin((month % 12 - 3) / 12.0 * 2 * Math.PI); // summer peak, as in the real series
        return (int)Math.Round(force.YearlyRows / 12.0 * options.Scale * yearFactor * season);
    }

    private static void Schedule(Crime crime, int month, int first, Dictionary<int, List<Event>> pending)
    {
        var outcome = crime.LastOutcome;
        if (NoEvent.Contains(outcome)) return;
        var rng = crime.EventRandom();
        var at = month + FirstEventLag.At(rng.NextDouble());
        var court = CourtResults.Contains(outcome);
        if (court || ChargedOnly.Contains(outcome))
        {
            Add(at, new Event(month, crime.Sequence, Second: false));
            if (court) Add(at + CourtLag.At(rng.NextDouble()), new Event(month, crime.Sequence, Second: true));
        }
        else Add(at, new Event(month, crime.Sequence, Second: false));

        void Add(int eventMonth, Event e)
        {
            if (eventMonth < first) return;
            if (!pending.TryGetValue(eventMonth, out var list)) pending[eventMonth] = list = [];
            list.Add(e);
        }
    }

    private static void AppendPlace(StringBuilder line, Crime crime, string area, ForceProfile force)
    {
        if (crime.NoLocation)
        {
            line.Append(",,No Location,,");
            return;
        }
        var rng = crime.PlaceRandom();
        var lsoa = rng.NextInt(400);
        var (lon, lat) = Centre(force.Slug);
        line.Append((lon + (rng.NextDouble() - 0.5) * 0.4).ToString("F6", CultureInfo.InvariantCulture)).Append(',')
            .Append((lat + (rng.NextDouble() - 0.5) * 0.3).ToString("F6", CultureInfo.InvariantCulture)).Append(',')
            .Append("On or near ").Append(Places[rng.NextInt(Places.Length)]).Append(',');
        if (force.Nation == "Northern Ireland") { line.Append(','); return; }
        line.Append(force.Nation == "Wales" ? "W01" : "E01").Append((100000 + StableNumber(force.Slug) % 30000 + lsoa).ToString(CultureInfo.InvariantCulture))
            .Append(',').Append(area).Append(' ').Append((lsoa / 4 + 1).ToString("000", CultureInfo.InvariantCulture)).Append((char)('A' + lsoa % 4));
    }

    /// <summary>A stable point for the force inside Great Britain's bounding box (coordinates are not used by the app).</summary>
    private static (double Lon, double Lat) Centre(string slug)
    {
        var rng = new SplitMix((ulong)StableNumber(slug));
        return (-4.5 + 5.5 * rng.NextDouble(), 50.5 + 4.5 * rng.NextDouble());
    }

    /// <summary>string.GetHashCode changes from run to run; this does not.</summary>
    private static int StableNumber(string text) => (int)(SplitMix.Seed([.. text.Select(c => (long)c)]) % 1_000_000);

    private static string AreaName(string force) =>
        force.Replace(" Police Service", "").Replace(" Constabulary", "").Replace(" Police", "").Replace("Police Service of ", "");

    private StreamWriter? Open(int month, ForceProfile force, string kind, string header, GeneratedFiles written)
    {
        var folder = Path.Combine(options.OutputFolder, MonthText(month));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{MonthText(month)}-{force.Slug}-{kind}.csv");
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine(header);
        written.Files++;
        return writer;
    }

    public static int MonthIndex(int year, int month) => year * 12 + month - 1;
    public static string MonthText(int month) => $"{month / 12:0000}-{month % 12 + 1:00}";

    private readonly record struct Event(int CrimeMonth, int Sequence, bool Second);

    /// <summary>One crime, regenerated on demand from its force, month and number.</summary>
    private readonly struct Crime
    {
        private readonly ulong _seed;
        public int Sequence { get; }
        public CrimeTypeProfile Type { get; }
        public string LastOutcome { get; }
        public bool HasId => Type.Name != "Anti-social behaviour";
        public bool Unpublished { get; }
        public bool NoLocation { get; }

        public Crime(ForceProfile force, int forceIndex, int month, int sequence, long seed)
        {
            _seed = SplitMix.Seed(seed, forceIndex, month, sequence);
            Sequence = sequence;
            var rng = new SplitMix(_seed);
            Type = force.CrimeTypes.At(rng.NextDouble());
            LastOutcome = Type.LastOutcomes.At(rng.NextDouble());
            var u = rng.NextDouble();
            Unpublished = HasId && u < UnpublishedShare;
            NoLocation = !Unpublished && u < UnpublishedShare + NoLocationShare;
        }

        public SplitMix EventRandom() => new(_seed ^ 0xE7E7E7E7UL);
        public SplitMix PlaceRandom() => new(_seed ^ 0x91ACE5UL);

        /// <summary>The 64 hex digits of a data.police.uk Crime ID (a SHA-256 in the real data).</summary>
        public void AppendId(StringBuilder line)
        {
            var rng = new SplitMix(_seed ^ 0x1D1D1D1DUL);
            Span<char> hex = stackalloc char[16];
            for (var i = 0; i < 4; i++)
            {
                rng.Next().TryFormat(hex, out _, "x16", CultureInfo.InvariantCulture);
                line.Append(hex);
            }
        }

        public string EventOutcome(bool second) =>
            second ? LastOutcome : CourtResults.Contains(LastOutcome) || ChargedOnly.Contains(LastOutcome) ? "Suspect charged" : LastOutcome;
    }
}

public sealed class GeneratedFiles
{
    public long Files { get; set; }
    public long StreetRows { get; set; }
    public long OutcomeRows { get; set; }
    public long HomeOfficeRows { get; set; }

    public void Add(GeneratedFiles other)
    {
        Files += other.Files;
        StreetRows += other.StreetRows;
        OutcomeRows += other.OutcomeRows;
        HomeOfficeRows += other.HomeOfficeRows;
    }
}
