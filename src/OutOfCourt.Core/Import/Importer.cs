using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The one importer: every file, folder and zip goes through here, from the CLI, the web app's first start and
/// the tests. Each file is detected by its header, read into an aggregator, and written in one transaction, so it
/// lands whole or not at all. data.police.uk files, millions of rows a year, take a fast path: they are parsed
/// from raw bytes on every core, street files first (their crimes give outcome events a crime type), then outcome
/// files force by force (see <see cref="CrimeTypeIndex"/>). The other formats are read with CsvHelper.
/// </summary>
public sealed class Importer(SqliteConnection connection, ReferenceData refs)
{
    private const int ProgressEveryRows = 8192;
    private const long LargeFileBytes = 16 << 20;
    private const long CompactEveryBytes = 1L << 30;

    public async Task<ImportRunResult> ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress? progress = null,
        CancellationToken ct = default)
    {
        progress = new SynchronizedProgress(progress ?? NoProgress.Instance);
        var clock = Stopwatch.StartNew();
        var run = new ImportRunResult(options.KeepFileResults);
        var opened = OutOfCourtDatabase.EnsureOpen(connection);
        try
        {
            await ImportAsync(paths, options, progress, run, ct);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private async Task ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress progress, ImportRunResult run,
        CancellationToken ct)
    {
        await using var batch = new ImportBatch(connection, refs, result =>
        {
            run.Add(result);
            progress.FileFinished(result);
        });
        try
        {
            await ImportAsync(paths, options, progress, batch, ct);
            await batch.CommitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // Cancelled: the files that landed before stay, the one being written was rolled back to its savepoint.
            await batch.CommitAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress progress, ImportBatch batch,
        CancellationToken ct)
    {
        var dataset = options.Map is null ? null : LongFormDataset(options);

        var sources = new List<(ImportSource Source, FileFormat Format, string? Error)>();
        foreach (var path in paths)
        {
            try
            {
                foreach (var source in ImportSource.Expand(path)) sources.Add(options.Map is null ? Detect(source) : (source, FileFormat.LongForm, null));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                sources.Add((new ImportSource { DisplayName = path, Length = 0, Open = () => Stream.Null }, FileFormat.Unknown, e.Message));
            }
        }
        var known = await ImportedFilesAsync(ct);
        async Task FinishAsync(FileImportResult result)
        {
            batch.Finished(result);
            await batch.CommitIfDueAsync(ct);
        }

        // Street files first, whatever order they were given in, so outcome events in the same run can be joined to them.
        await ImportStreetFilesAsync(sources.Where(s => s.Error is null && s.Format == FileFormat.PoliceUkStreet).Select(s => s.Source).ToList(),
            known, options, progress, batch, FinishAsync, ct);
        foreach (var (source, format, error) in sources.Where(s => s.Error is not null || s.Format is not (FileFormat.PoliceUkStreet or FileFormat.PoliceUkOutcomes)))
        {
            ct.ThrowIfCancellationRequested();
            await FinishAsync(error is null
                ? await ImportFileAsync(source, format, dataset, known, options, progress, batch, ct)
                : new FileImportResult { File = source.DisplayName, Status = FileStatus.Rejected, Message = error });
            // A large file leaves its strings and cell table behind; collect them before the next (see CompactHeap).
            if (source.Length > LargeFileBytes) CompactHeap();
        }
        await ImportOutcomeFilesAsync(sources.Where(s => s.Error is null && s.Format == FileFormat.PoliceUkOutcomes).Select(s => s.Source).ToList(),
            known, options, progress, batch, FinishAsync, ct);
    }

    /// <summary>
    /// A file's format, told from its header alone (16 KB read with the import's own reader, which the import sets up
    /// anyway, instead of a CsvHelper reader per file). A file that cannot be read, or is empty, is refused by its own
    /// name; the other files of its folder still land.
    /// </summary>
    private static (ImportSource, FileFormat, string?) Detect(ImportSource source)
    {
        try
        {
            using var reader = new Utf8CsvReader(source.Open(), bufferSize: 16 << 10);
            return (source, FileFormats.Detect(reader.Headers), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return (source, FileFormat.Unknown, e.Message);
        }
    }

    /// <summary>
    /// Files already imported and not replaced, by content hash (the earliest of equal ones): re-importing one does
    /// nothing. Plain SQL, and only what the "already imported" message needs: compiling this as an EF Core query
    /// was a tenth of the time of importing a whole month of national data.
    /// </summary>
    private async Task<Dictionary<string, KnownFile>> ImportedFilesAsync(CancellationToken ct)
    {
        var known = new Dictionary<string, KnownFile>();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT Id, Path, ContentHash, ImportedAt FROM ImportedFiles WHERE ReplacedAt IS NULL ORDER BY Id";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            known.TryAdd(reader.GetString(2), new KnownFile(reader.GetInt32(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture)));
        return known;
    }

    /// <summary>An imported file as the "already imported" message names it; no more, as ten years are ten thousand of them.</summary>
    private sealed record KnownFile(int Id, string Path, DateTimeOffset ImportedAt)
    {
        public static KnownFile Of(ImportedFile file) => new(file.Id, file.Path, file.ImportedAt);
    }

    private static string AlreadyImported(KnownFile earlier) =>
        $"already imported (same content as file #{earlier.Id}, {earlier.Path}, on {earlier.ImportedAt:yyyy-MM-dd HH:mm}); nothing to do";

    /// <summary>
    /// Parses street files on every core, a few ahead of the writer, and writes them one by one in the given order
    /// (so a later revision of a slice replaces an earlier one). Memory holds at most a few files' cells and crimes
    /// (8 bytes a crime: under a megabyte for the largest force's month).
    /// </summary>
    private async Task ImportStreetFilesAsync(IReadOnlyList<ImportSource> sources, Dictionary<string, KnownFile> known, ImportOptions options,
        IImportProgress progress, ImportBatch batch, Func<FileImportResult, Task> finish, CancellationToken ct)
    {
        var ahead = new Queue<(PoliceUkFile File, Stopwatch Clock, Task Parse)>();
        // One parse per core at a time, up to four files a core ahead of the writer: a large file (the Metropolitan
        // Police's) at the head of the queue then holds up the writer, not the parsers behind it.
        using var cores = new SemaphoreSlim(Environment.ProcessorCount);
        long sinceCompaction = 0;
        try
        {
            foreach (var source in sources)
            {
                var file = new PoliceUkFile(source, FileFormat.PoliceUkStreet);
                var clock = Stopwatch.StartNew();
                ahead.Enqueue((file, clock, Task.Run(async () =>
                {
                    await cores.WaitAsync(ct);
                    try
                    {
                        new PoliceUkParser(refs, options, progress).ParseStreet(file, ct);
                    }
                    finally
                    {
                        cores.Release();
                    }
                }, ct)));
                if (ahead.Count > 4 * Environment.ProcessorCount) await finish(await WriteNextAsync());
                if ((sinceCompaction += source.Length) > CompactEveryBytes)
                {
                    CompactHeap();
                    sinceCompaction = 0;
                }
            }
            while (ahead.Count > 0) await finish(await WriteNextAsync());
        }
        finally
        {
            // On cancellation or failure, let the parses still running finish before their files are left behind.
            foreach (var (file, _, parse) in ahead)
            {
                await parse.ContinueWith(_ => { }, TaskScheduler.Default);
                file.ReleaseCrimes();
            }
        }

        async Task<FileImportResult> WriteNextAsync()
        {
            var (file, clock, parse) = ahead.Peek();
            if (!parse.IsCompleted) batch.ApplyRollUps(); // the writer would wait for the parsers: do the roll-ups' work meanwhile
            await parse;
            ahead.Dequeue();
            try
            {
                await WriteAsync(file, known, options, batch, ct, writer => writer.WriteCrimeRunsAsync(file.Crimes, ct));
            }
            finally
            {
                file.ReleaseCrimes();
            }
            file.Result.Elapsed = clock.Elapsed;
            return file.Result;
        }
    }

    /// <summary>
    /// Outcome files, grouped by force: each group's street crimes are loaded once (in hash partitions, for a force
    /// whose history is larger than one partition allows: see <see cref="JoinSpill"/>), every file of the group is
    /// parsed against them, and each file is then written in its own savepoint. Two groups go at once, so both
    /// cores parse even when each force has one file; the database is used by one of them at a time.
    /// </summary>
    private async Task ImportOutcomeFilesAsync(IReadOnlyList<ImportSource> sources, Dictionary<string, KnownFile> known, ImportOptions options,
        IImportProgress progress, ImportBatch batch, Func<FileImportResult, Task> finish, CancellationToken ct)
    {
        var probe = new PoliceUkParser(refs, options, progress);
        var groups = sources.Select((s, i) => (Source: s, Order: i, Force: probe.FirstForce(s)))
            .GroupBy(s => s.Force).OrderBy(g => g.Key ?? int.MaxValue).ToList();
        // Forces go in waves of just enough files to keep every core parsing (one force when it has a year of files
        // or more, several small ones for a month), so a wave holds at most a few crime indexes, whatever the size
        // of the import. A wave's files are parsed on every core against their force's index, then written while
        // the next wave is loaded and parsed; the index arrays are refilled from wave to wave (allocating one per
        // force left the collector hundreds of megabytes). Indexes are read on a connection of their own, so
        // loading one never waits for the writer: the street files of this run are committed first, for it to see.
        if (groups.Count == 0) return;
        await batch.CommitAsync(ct);
        await using var crimeReader = new SqliteConnection(connection.ConnectionString);
        OutOfCourtDatabase.EnsureOpen(crimeReader);
        var spares = new IndexArrays();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        var writing = Task.CompletedTask;
        try
        {
            var forces = new List<OutcomeForce>();
            foreach (var group in groups)
            {
                var crimes = group.Key is { } force ? await CrimeTypeIndex.CountAsync(crimeReader, force, ct) : 0;
                forces.Add(new OutcomeForce(group.Key, crimes, CrimeTypeIndex.PartitionsFor(crimes, options.CrimesPerPartition),
                    group.OrderBy(s => s.Order).Select(s => s.Source).ToList()));
            }
            foreach (var forcesOfWave in Waves(forces, options.CrimesPerPartition))
            {
                // A wave's files live until they are written: ten years are five thousand of them.
                var wave = forcesOfWave.Select(f => (Force: f, Files: f.Sources.Select(s => new PoliceUkFile(s, FileFormat.PoliceUkOutcomes)).ToList())).ToList();
                await JoinAsync(wave, crimeReader, spares, known, options, progress, parallel, ct);
                await writing; // the previous wave's files, in order; then this wave's, while the next is parsed
                writing = Task.Run(async () =>
                {
                    foreach (var file in wave.SelectMany(w => w.Files))
                    {
                        var clock = Stopwatch.StartNew();
                        await WriteAsync(file, known, options, batch, ct, null); // a file done already only lets its counts go
                        file.Result.Elapsed += clock.Elapsed;
                        await finish(file.Result);
                    }
                    batch.ApplyRollUps(); // while the next wave is still being parsed
                }, ct);
                // A wave's files hold little once parsed; a large one leaves garbage worth collecting before the next.
                if (wave.Sum(w => w.Files.Count) >= 12) CompactHeap();
            }
        }
        finally
        {
            await writing.ContinueWith(_ => { }, TaskScheduler.Default); // never leave a write running behind an error
        }
        await writing;
    }

    /// <summary>
    /// Parses a wave's outcome files on every core against the first partition of their force's crimes, then joins
    /// the later partitions (of a force that has them) from the spill, a partition per core at a time.
    /// </summary>
    private async Task JoinAsync(List<(OutcomeForce Force, List<PoliceUkFile> Files)> wave, SqliteConnection crimeReader, IndexArrays spares,
        Dictionary<string, KnownFile> known, ImportOptions options, IImportProgress progress, ParallelOptions parallel, CancellationToken ct)
    {
        var spills = new List<JoinSpill?>();
        try
        {
            var indexes = new List<CrimeTypeIndex>();
            foreach (var (force, files) in wave)
            {
                // An event in the spill names its file in 16 bits (a force's files a month: five thousand years).
                if (force.Partitions > 1 && files.Count > 0xFFFF)
                    throw new InvalidDataException($"{files.Count:N0} outcome files of one force in one run; import at most 65,535 at a time");
                var spill = force.Partitions > 1 ? new JoinSpill(force.Partitions) : null;
                spills.Add(spill);
                indexes.Add(force.Crimes == 0 ? CrimeTypeIndex.Empty
                    : await CrimeTypeIndex.LoadAsync(crimeReader, force.Id!.Value, force.Crimes, spill, spares.Take(), ct));
            }
            var parses = wave.SelectMany((force, i) => force.Files.Select((file, f) => (File: file, Index: indexes[i], Spill: spills[i], FileIndex: f)));
            await Parallel.ForEachAsync(parses, parallel, (p, t) =>
            {
                var clock = Stopwatch.StartNew();
                new PoliceUkParser(refs, options, progress).ParseOutcomes(p.File, p.Index, p.Spill, p.FileIndex, t);
                p.File.Result.Elapsed += clock.Elapsed;
                return ValueTask.CompletedTask;
            });
            foreach (var index in indexes) spares.Give(index.Entries);
            lock (known) // known content is not joined or written again (the writer adds to what is known meanwhile)
                foreach (var file in wave.SelectMany(w => w.Files))
                    if (!file.Done && known.TryGetValue(file.Hash, out var earlier))
                    {
                        file.Result.Status = FileStatus.Unchanged;
                        file.Result.Message = AlreadyImported(earlier);
                    }
            for (var i = 0; i < wave.Count; i++)
            {
                if (spills[i] is not { } spill) continue;
                var files = wave[i].Files;
                await Parallel.ForEachAsync(Enumerable.Range(1, spill.Partitions - 1), parallel, (partition, t) =>
                {
                    var index = CrimeTypeIndex.FromSpill(spill, partition, spares.Take());
                    new PoliceUkParser(refs, options, progress).CountSpilled(spill, partition, index, files, t);
                    spares.Give(index.Entries);
                    return ValueTask.CompletedTask;
                });
            }
        }
        finally
        {
            foreach (var spill in spills) spill?.Dispose();
        }
    }

    /// <summary>
    /// The arrays of crime indexes done with, for the next to refill: as many as are in use at once (a wave's forces,
    /// or a partition per core). One too small for the next index is dropped rather than kept beside its successor.
    /// </summary>
    private sealed class IndexArrays
    {
        private readonly Stack<ulong[]> _spare = new();

        public ulong[]? Take()
        {
            lock (_spare) return _spare.TryPop(out var a) ? a : null;
        }

        public void Give(ulong[] entries)
        {
            if (entries.Length == 0) return;
            lock (_spare) _spare.Push(entries);
        }
    }

    /// <summary>A force's outcome files in this run, and how many street crimes their join has to look through.</summary>
    private sealed record OutcomeForce(int? Id, long Crimes, int Partitions, IReadOnlyList<ImportSource> Sources);

    /// <summary>
    /// Consecutive forces with a few files per core between them (a wave's parses end together, so a core idles
    /// while the last file of each wave is read: a national month of waves of two spent a third of its outcome
    /// phase so), and at most one partition's crimes per core (their indexes are in memory at once); a force
    /// joined in partitions goes alone.
    /// </summary>
    private static IEnumerable<List<OutcomeForce>> Waves(IEnumerable<OutcomeForce> forces, int crimesPerPartition)
    {
        var wave = new List<OutcomeForce>();
        foreach (var force in forces)
        {
            if (wave.Count > 0 && (force.Partitions > 1 || wave.Sum(f => f.Crimes) + force.Crimes > (long)crimesPerPartition * Environment.ProcessorCount))
            {
                yield return wave;
                wave = [];
            }
            wave.Add(force);
            if (force.Partitions > 1 || wave.Sum(f => f.Sources.Count) >= 4 * Environment.ProcessorCount)
            {
                yield return wave;
                wave = [];
            }
        }
        if (wave.Count > 0) yield return wave;
    }

    /// <summary>
    /// Collects and compacts the whole heap, large objects included. Called between the big units of an import (a
    /// force's outcome files, a large file of another format), where the garbage is known to be most of the heap:
    /// left to itself the collector lets the heap grow to several times what is live. A few milliseconds each.
    /// </summary>
    private static void CompactHeap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// Writes a parsed data.police.uk file in one transaction, unless it is known, rejected or has too many bad rows;
    /// either way its counts are let go, as its wave may hold it a while longer.
    /// </summary>
    private async Task WriteAsync(PoliceUkFile file, Dictionary<string, KnownFile> known, ImportOptions options, ImportBatch batch,
        CancellationToken ct, Func<ImportWriter, Task>? extra)
    {
        var result = file.Result;
        if (!Writable(file, known, options))
        {
            file.ReleaseCounts(); // it may wait on in its wave: let its counts go now
            return;
        }
        ct.ThrowIfCancellationRequested();
        var dataset = refs.DatasetByKey[result.DatasetKey];
        var record = new ImportedFile
        {
            DatasetId = dataset.Id, Path = file.Source.DisplayName, ContentHash = file.Hash, Format = file.Format.Name(),
            ImportedAt = DateTimeOffset.UtcNow, RowsRead = result.RowsRead, RowsAggregated = result.RowsAggregated,
            RowsRejected = result.RowsRejected, RowsJoined = result.RowsJoined, Note = options.Note ?? "",
        };
        var facts = file.TakeFacts(dataset.Id);
        await using var writer = ImportWriter.Begin(batch, refs, facts);
        result.SlicesReplaced = await writer.WriteAsync(record, ct);
        if (extra is not null) await extra(writer);
        result.SlicesWritten = facts.Slices.Count;
        result.FactsWritten = facts.Cells.Count;
        await writer.CommitAsync(ct);
        lock (known) known[file.Hash] = KnownFile.Of(record);
        result.Status = FileStatus.Imported;
        result.Message = result.SlicesReplaced > 0 ? $"replaced {result.SlicesReplaced} earlier force-period slice(s)" : "";
    }

    /// <summary>False, with the reason in the file's result, for a file refused, already imported, or with too many bad rows.</summary>
    private static bool Writable(PoliceUkFile file, Dictionary<string, KnownFile> known, ImportOptions options)
    {
        var result = file.Result;
        if (file.Done) return false;
        KnownFile? earlier;
        lock (known) known.TryGetValue(file.Hash, out earlier);
        if (earlier is not null)
        {
            result.Status = FileStatus.Unchanged;
            result.Message = AlreadyImported(earlier);
            return false;
        }
        result.RowsAggregated = result.RowsRead - result.RowsRejected;
        if (result.RowsRejected <= options.MaxErrors) return true;
        file.Reject($"{result.RowsRejected:N0} bad row(s), more than --max-errors {options.MaxErrors}; nothing of this file was written");
        return false;
    }

    private async Task<FileImportResult> ImportFileAsync(ImportSource source, FileFormat format, Dataset? longFormDataset,
        Dictionary<string, KnownFile> known, ImportOptions options, IImportProgress progress, ImportBatch batch, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var result = new FileImportResult { File = source.DisplayName, Format = format, Bytes = source.Length };
        try
        {
            if (format == FileFormat.PoliceUkStopAndSearch)
            {
                result.Status = FileStatus.Skipped;
                result.Message = "stop and search records hold no crime outcomes; skipped";
                return result;
            }
            if (format == FileFormat.Unknown)
            {
                string header;
                using (var r = Csv.Open(source.Open())) header = string.Join(",", r.Headers);
                return Reject(result, $"unknown format: the header is '{header}'; {FileFormats.ExpectedHeaders()}");
            }

            var hash = source.Hash($"{format}|{longFormDataset?.Key}|{options.Map}");
            if (known.TryGetValue(hash, out var earlier))
            {
                result.Status = FileStatus.Unchanged;
                result.Message = AlreadyImported(earlier);
                return result;
            }

            progress.FileStarted(source, format);
            await using var counting = new HashingStream(source.Open(), hashing: false);
            using var reader = Csv.Open(counting, leaveOpen: true);
            RowParser parser;
            try
            {
                parser = format switch
                {
                    FileFormat.HomeOfficeOutcomes => new HomeOfficeRowParser(reader, refs),
                    _ => new LongFormRowParser(reader, refs, longFormDataset!, options.Map!),
                };
            }
            catch (MissingColumnException e)
            {
                return Reject(result, $"{e.Message}; the header is '{string.Join(",", reader.Headers)}'");
            }
            result.DatasetKey = parser.Dataset.Key;

            await using var writer = ImportWriter.Begin(batch, refs);
            while (reader.Read())
            {
                if (Csv.IsBlankRecord(reader)) continue; // trailing ",,,," rows carry nothing
                result.RowsRead++;
                if (parser.Parse(writer) is { } problem)
                {
                    if (reader.FieldCount < reader.Headers.Count)
                        problem = problem with { Reason = $"{problem.Reason} (the row has {reader.FieldCount} fields; the header has {reader.Headers.Count})" };
                    Record(result, options, reader.LineNumber, problem);
                }
                if (result.RowsRead % ProgressEveryRows == 0)
                {
                    progress.RowsRead(source, result.RowsRead, counting.BytesRead);
                    ct.ThrowIfCancellationRequested(); // the writer's transaction rolls back on the way out
                }
            }
            progress.RowsRead(source, result.RowsRead, counting.BytesRead);
            result.RowsExcludedByRule = parser.ExcludedByRule;
            result.NegativeCounts = parser.NegativeCounts;
            result.RowsAggregated = result.RowsRead - result.RowsRejected - result.RowsExcludedByRule;

            if (result.RowsRejected > options.MaxErrors)
                return Reject(result, $"{result.RowsRejected:N0} bad row(s), more than --max-errors {options.MaxErrors}; nothing of this file was written");

            var file = new ImportedFile
            {
                DatasetId = parser.Dataset.Id, Path = source.DisplayName, ContentHash = hash, Format = format.Name(),
                ImportedAt = DateTimeOffset.UtcNow, RowsRead = result.RowsRead, RowsAggregated = result.RowsAggregated,
                RowsRejected = result.RowsRejected, RowsJoined = result.RowsJoined, Note = options.Note ?? "",
            };
            result.SlicesReplaced = await writer.WriteAsync(file, ct);
            result.SlicesWritten = writer.Facts.Slices.Count;
            result.FactsWritten = writer.Facts.Cells.Count;
            await writer.CommitAsync(ct);
            known[hash] = KnownFile.Of(file);
            result.Status = FileStatus.Imported;
            result.Message = result.SlicesReplaced > 0 ? $"replaced {result.SlicesReplaced} earlier force-period slice(s)" : "";
            return result;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvFormatException or CsvHelper.CsvValidationException or FormatException)
        {
            return Reject(result, e.Message);
        }
        finally
        {
            result.Elapsed = clock.Elapsed;
        }
    }

    private static void Record(FileImportResult result, ImportOptions options, long line, RowProblem p)
    {
        result.RowsRejected++;
        result.ProblemCount++;
        if (result.Problems.Count < options.ProblemsListed)
            result.Problems.Add(new ImportProblem(result.File, line, p.Column, p.Value, p.Reason));
    }

    private static FileImportResult Reject(FileImportResult result, string message)
    {
        result.Status = FileStatus.Rejected;
        result.Message = message;
        return result;
    }

    /// <summary>The dataset a long-form file lands in: a known one, or a new one described by the options.</summary>
    private Dataset LongFormDataset(ImportOptions options)
    {
        var key = options.DatasetKey ?? throw new InvalidDataException("a long-form import (--map) needs --dataset KEY to say which dataset the counts belong to.");
        if (refs.DatasetByKey.TryGetValue(key, out var known)) return known;
        if (options.NewDataset is null)
            throw new InvalidDataException(
                $"unknown dataset '{key}'; known datasets: {string.Join(", ", refs.Datasets.Select(d => d.Key))}. " +
                "To create one, also give --dataset-name, --period and --scheme.");
        var created = options.NewDataset;
        created.Key = key;
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Datasets (Key, Name, Publisher, Measure, PeriodKind, OffenceScheme, Description) " +
                             "VALUES ($key, $name, $publisher, $measure, $period, $scheme, $description) RETURNING Id";
        foreach (var (name, value) in new (string, object)[]
                 {
                     ("$key", key), ("$name", created.Name), ("$publisher", created.Publisher), ("$measure", created.Measure),
                     ("$period", created.PeriodKind.ToString()), ("$scheme", created.OffenceScheme), ("$description", created.Description),
                 })
            insert.Parameters.AddWithValue(name, value);
        created.Id = Convert.ToInt32(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        refs.RegisterDataset(created);
        return created;
    }
}

/// <summary>Parsers on several threads report to one progress display, one call at a time.</summary>
internal sealed class SynchronizedProgress(IImportProgress inner) : IImportProgress
{
    public void FileStarted(ImportSource source, FileFormat format) { lock (this) inner.FileStarted(source, format); }
    public void RowsRead(ImportSource source, long rows, long bytes) { lock (this) inner.RowsRead(source, rows, bytes); }
    public void FileFinished(FileImportResult result) { lock (this) inner.FileFinished(result); }
}
