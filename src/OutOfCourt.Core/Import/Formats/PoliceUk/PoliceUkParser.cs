using System.Runtime.CompilerServices;
using System.Text;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Reads data.police.uk street and outcomes files, the formats that come by the million, straight from UTF-8 bytes
/// (CsvHelper's spans, through <see cref="CsvSpanReader"/>). Each file is parsed by its own parser, so files can be read in parallel.
/// Error messages are the same as the other formats': file, line, column, value and reason.
/// </summary>
internal sealed class PoliceUkParser
{
    private const int ProgressEveryRows = 8192;
    public static string HashSettings(FileFormat format) => $"{format}||";

    private readonly ReferenceData _refs;
    private readonly ImportOptions _options;
    private readonly IImportProgress _progress;
    private readonly FieldCache<Force> _forces;
    private readonly FieldCache<Offence> _crimeTypes;
    private readonly FieldCache<Outcome> _outcomes;
    private readonly Offence _unknown;

    public PoliceUkParser(ReferenceData refs, ImportOptions options, IImportProgress progress)
    {
        _refs = refs;
        _options = options;
        _progress = progress;
        _forces = new FieldCache<Force>(refs.FindForce);
        _crimeTypes = new FieldCache<Offence>(v => refs.FindOffence(OffenceSchemes.PoliceUk, v));
        _outcomes = new FieldCache<Outcome>(v => refs.FindOutcome(OffenceSchemes.PoliceUk, v));
        _unknown = refs.FindOffence(OffenceSchemes.PoliceUk, "Unknown")
                   ?? throw new InvalidDataException("data/reference/police-uk-crime-types.csv lacks the 'Unknown' crime type.");
    }

    /// <summary>Counts a street file's rows by their last outcome, and keeps each crime's type for later outcome events.</summary>
    public void ParseStreet(PoliceUkFile file, CancellationToken ct)
    {
        var dataset = _refs.DatasetByKey["police-uk-street"];
        file.Result.DatasetKey = dataset.Key;
        (int, int, int) lastSlice = default;
        PooledList<ulong>? crimes = null;
        Read(file, ct, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (csv, columns) =>
        {
            if (Month(file, csv, columns.Month, out var year, out var month)
                && Known(file, csv, columns.Force, _forces, out var force)
                && Known(file, csv, columns.CrimeType, _crimeTypes, out var offence)
                && Known(file, csv, columns.Outcome, _outcomes, out var outcome))
            {
                Count(file, force.Id, year, month, offence.Id, outcome.Id);
                var crimeId = csv.Field(columns.CrimeId);
                if (crimeId.IsEmpty) return;
                var slice = (force.Id, year, month);
                if (slice != lastSlice || crimes is null)
                {
                    if (!file.Crimes.TryGetValue(slice, out crimes)) file.Crimes[slice] = crimes = new PooledList<ulong>();
                    lastSlice = slice;
                }
                crimes.Add(CrimeTypeIndex.Entry(CrimeTypeIndex.Hash(crimeId), offence.Id));
            }
        }, StreetColumns.Find);
    }

    /// <summary>
    /// Counts an outcomes file's events, each given the crime type of the street row with the same Crime ID
    /// (Unknown when no imported street file has it). <paramref name="index"/> holds the first partition of the
    /// force's crimes; an event whose crime falls in a later one goes to <paramref name="spill"/>, tagged with
    /// <paramref name="fileIndex"/>, and is counted when that partition is joined (<see cref="CountSpilled"/>).
    /// </summary>
    public void ParseOutcomes(PoliceUkFile file, CrimeTypeIndex index, JoinSpill? spill, int fileIndex, CancellationToken ct)
    {
        var dataset = _refs.DatasetByKey["police-uk-outcomes"];
        file.Result.DatasetKey = dataset.Key;
        var partitions = spill?.Partitions ?? 1;
        using var later = spill is null ? null : new JoinSpillWriter<SpilledEvent>(partitions, spill.AddEvents);
        Read(file, ct, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (csv, columns) =>
        {
            if (!Month(file, csv, columns.Month, out var year, out var month)
                || !Known(file, csv, columns.Force, _forces, out var force)
                || !Known(file, csv, columns.Outcome, _outcomes, out var outcome)) return;
            var crimeId = csv.Field(columns.CrimeId);
            var offenceId = _unknown.Id;
            if (!crimeId.IsEmpty)
            {
                var hash = CrimeTypeIndex.Hash(crimeId);
                if (CrimeTypeIndex.PartitionOf(hash, partitions) is var p and > 0)
                {
                    later!.Add(p, new SpilledEvent(hash, PoliceUkFile.Pack(force.Id, year, month, fileIndex, outcome.Id)));
                    return;
                }
                if (index.Find(hash) is { } found)
                {
                    offenceId = found;
                    file.Result.RowsJoined++;
                }
            }
            Count(file, force.Id, year, month, offenceId, outcome.Id);
        }, OutcomeColumns.Find);
        later?.Complete();
    }

    /// <summary>
    /// Joins one later partition of a force's events (from its spill) to that partition's crimes, and adds the
    /// counts to the files they were read from (a file refused or found already imported meanwhile is counted as
    /// well, so its figures do not depend on how its force was partitioned, and then not written).
    /// Partitions are joined on every core at once, so each sums into counts of its own before adding them.
    /// </summary>
    public void CountSpilled(JoinSpill spill, int partition, CrimeTypeIndex index, IReadOnlyList<PoliceUkFile> files, CancellationToken ct)
    {
        var counts = new Dictionary<ulong, long>[files.Count];
        var joined = new long[files.Count];
        var buffer = new SpilledEvent[4096];
        int n;
        for (long offset = 0; (n = spill.ReadEvents(partition, offset, buffer)) > 0; offset += n)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var e in buffer.AsSpan(0, n))
            {
                var offenceId = _unknown.Id;
                if (index.Find(e.Hash) is { } found)
                {
                    offenceId = found;
                    joined[e.FileIndex]++;
                }
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                    counts[e.FileIndex] ??= new Dictionary<ulong, long>(), e.KeyWith(offenceId), out _);
                count++;
            }
        }
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (counts[i] is not { } mine) continue;
            lock (file)
            {
                file.AddCounts(mine);
                file.Result.RowsJoined += joined[i];
            }
        }
    }

    private static void Count(PoliceUkFile file, int forceId, int year, int month, int offenceId, int outcomeId)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
            file.Counts, PoliceUkFile.Pack(forceId, year, month, offenceId, outcomeId), out _);
        count++;
    }

    /// <summary>The force named in the first data row, by which outcome files are grouped (null when there is none).</summary>
    public int? FirstForce(ImportSource source)
    {
        try
        {
            using var csv = new CsvSpanReader(source.Open(), bufferSize: 16 << 10); // the header and a row, not the file
            var force = OutcomeColumns.Find(csv).Force;
            while (csv.Read())
                if (!csv.IsBlankRecord())
                    return _forces.Get(csv.Field(force))?.Id;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvFormatException or MissingColumnException) { }
        return null;
    }

    // The row callback goes last: it is a long lambda at both call sites.
#pragma warning disable CA1068
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Read<TColumns>(PoliceUkFile file, CancellationToken ct, Action<CsvSpanReader, TColumns> row,
        Func<CsvSpanReader, TColumns> columns)
#pragma warning restore CA1068
    {
        var result = file.Result;
        try
        {
            _progress.FileStarted(file.Source, file.Format);
            using var stream = new HashingStream(file.Source.Open(), hashing: true);
            using var csv = new CsvSpanReader(stream);
            TColumns found;
            try
            {
                found = columns(csv);
            }
            catch (MissingColumnException e)
            {
                file.Reject($"{e.Message}; the header is '{string.Join(",", csv.Headers)}'");
                return;
            }
            _header = csv.Headers;
            long rows = 0;
            while (csv.Read())
            {
                if (csv.IsBlankRecord()) continue; // trailing ",,,," rows carry nothing
                rows++;
                _problemLine = csv.LineNumber;
                _fieldCount = csv.FieldCount;
                row(csv, found);
                if (rows % ProgressEveryRows == 0)
                {
                    _progress.RowsRead(file.Source, rows, stream.BytesRead);
                    ct.ThrowIfCancellationRequested();
                }
            }
            result.RowsRead = rows;
            _progress.RowsRead(file.Source, rows, stream.BytesRead);
            file.Hash = stream.HashWith(HashSettings(file.Format));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvFormatException)
        {
            file.Reject(e.Message);
        }
    }

    private IReadOnlyList<string> _header = [];
    private long _problemLine;
    private int _fieldCount;

    private void Problem(PoliceUkFile file, int column, string value, string reason) =>
        file.Result.AddProblem(_problemLine, _header[column], value, reason, _fieldCount, _header.Count, _options.ProblemsListed);

    private bool Month(PoliceUkFile file, CsvSpanReader csv, int column, out int year, out int month)
    {
        var s = csv.Field(column);
        year = month = 0;
        if (s.Length == 7 && s[4] == (byte)'-' && Digits(s[..4], out year) && Digits(s[5..], out month)
            && year is >= 2000 and <= 2100 && month is >= 1 and <= 12) return true;
        Problem(file, column, Encoding.UTF8.GetString(s), "not a month of the form YYYY-MM");
        return false;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    private bool Known<T>(PoliceUkFile file, CsvSpanReader csv, int column, FieldCache<T> cache, out T value) where T : class
    {
        var s = csv.Field(column);
        value = cache.Get(s)!;
        if (value is not null) return true;
        var text = Encoding.UTF8.GetString(s);
        Problem(file, column, text, cache == (object)_forces
            ? text.Length == 0 ? "the force is missing"
                : "unknown force; it is neither a force name nor an alias in data/reference/forces.csv (add the alias there if it is a new spelling)"
            : cache == (object)_crimeTypes ? "unknown data.police.uk crime type (see data/reference/police-uk-crime-types.csv)"
            : "unknown data.police.uk outcome (see data/reference/outcomes.csv)");
        return false;
    }

    private readonly record struct StreetColumns(int CrimeId, int Month, int Force, int CrimeType, int Outcome)
    {
        public static StreetColumns Find(CsvSpanReader csv) => new(
            Column(csv, "Crime ID"), Column(csv, "Month"), Column(csv, "Reported by"), Column(csv, "Crime type"), Column(csv, "Last outcome category"));
    }

    private readonly record struct OutcomeColumns(int CrimeId, int Month, int Force, int Outcome)
    {
        public static OutcomeColumns Find(CsvSpanReader csv) => new(
            Column(csv, "Crime ID"), Column(csv, "Month"), Column(csv, "Reported by"), Column(csv, "Outcome type"));
    }

    private static int Column(CsvSpanReader csv, string name)
    {
        var wanted = FormatHeaders.Normalise(name);
        for (var i = 0; i < csv.Headers.Count; i++)
            if (string.Equals(FormatHeaders.Normalise(csv.Headers[i]), wanted, StringComparison.OrdinalIgnoreCase)) return i;
        throw new MissingColumnException(name);
    }
}
