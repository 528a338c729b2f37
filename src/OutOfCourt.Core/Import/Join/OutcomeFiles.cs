using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Data;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Stage 3, data.police.uk outcome files, grouped by force: each group's street crimes are loaded once (in hash
/// partitions, for a force whose history is larger than one partition allows: see <see cref="JoinSpill"/>), every
/// file of the group is parsed against them, and each file is then landed in its own savepoint. Forces go in waves
/// (<see cref="OutcomeWaves"/>): a wave is parsed on every core while the one before is written.
/// </summary>
internal sealed class OutcomeFiles(ImportRun run)
{
    public async Task ImportAsync(IReadOnlyList<ImportSource> sources, CancellationToken ct)
    {
        var probe = run.PoliceUkParser();
        var groups = sources.Select((s, i) => (Source: s, Order: i, Force: probe.FirstForce(s)))
            .GroupBy(s => s.Force).OrderBy(g => g.Key ?? int.MaxValue).ToList();
        // A wave holds at most a few crime indexes, whatever the size of the import, and their arrays are refilled
        // from wave to wave. Indexes are read on a connection of their own, so loading one never waits for the
        // writer: the street files of this run are committed first, for it to see.
        if (groups.Count == 0) return;
        await run.Batch.CommitAsync(ct);
        await using var crimeReader = new SqliteConnection(run.Connection.ConnectionString);
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
                forces.Add(new OutcomeForce(group.Key, crimes, CrimeTypeIndex.PartitionsFor(crimes, run.Options.CrimesPerPartition),
                    group.OrderBy(s => s.Order).Select(s => s.Source).ToList()));
            }
            foreach (var forcesOfWave in OutcomeWaves.Of(forces, run.Options.CrimesPerPartition))
            {
                // A wave's files live until they are written: ten years are five thousand of them.
                var wave = forcesOfWave
                    .Select(f => (Force: f, Files: f.Sources.Select(s => new PoliceUkFile(s, FileFormat.PoliceUkOutcomes)).ToList())).ToList();
                await JoinAsync(wave, crimeReader, spares, parallel, ct);
                await writing; // the previous wave's files, in order; then this wave's, while the next is parsed
                writing = Task.Run(async () =>
                {
                    foreach (var file in wave.SelectMany(w => w.Files))
                    {
                        var clock = Stopwatch.StartNew();
                        await run.Landing.LandAsync(file, null, ct); // a file done already only lets its counts go
                        file.Result.Elapsed += clock.Elapsed;
                        await run.FinishAsync(file.Result, ct);
                    }
                    run.Batch.ApplyRollUps(); // while the next wave is still being parsed
                }, ct);
                if (wave.Sum(w => w.Files.Count) >= HeapPolicy.LargeWaveFiles) HeapPolicy.Compact();
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
        ParallelOptions parallel, CancellationToken ct)
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
                run.PoliceUkParser().ParseOutcomes(p.File, p.Index, p.Spill, p.FileIndex, t);
                p.File.Result.Elapsed += clock.Elapsed;
                return ValueTask.CompletedTask;
            });
            foreach (var index in indexes) spares.Give(index.Entries);
            // Known content is not joined or written again (the writer adds to what is known meanwhile).
            foreach (var file in wave.SelectMany(w => w.Files))
                if (!file.Done) run.Known.MarkIfKnown(file.Hash, file.Result);
            for (var i = 0; i < wave.Count; i++)
            {
                if (spills[i] is not { } spill) continue;
                var files = wave[i].Files;
                await Parallel.ForEachAsync(Enumerable.Range(1, spill.Partitions - 1), parallel, (partition, t) =>
                {
                    var index = CrimeTypeIndex.FromSpill(spill, partition, spares.Take());
                    run.PoliceUkParser().CountSpilled(spill, partition, index, files, t);
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
}
