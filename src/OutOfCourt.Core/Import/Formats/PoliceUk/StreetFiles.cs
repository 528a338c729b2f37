using System.Diagnostics;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Stage 2 for data.police.uk street files: parsed on every core, a few ahead of the writer, and landed one by one
/// in the given order (so a later revision of a slice replaces an earlier one), each with its crimes for the outcome
/// join. Memory holds at most a few files' cells and crimes (8 bytes a crime).
/// </summary>
internal sealed class StreetFiles(ImportRun run)
{
    public async Task ImportAsync(IReadOnlyList<ImportSource> sources, CancellationToken ct)
    {
        var ahead = new Queue<(PoliceUkFile File, Stopwatch Clock, Task Parse)>();
        // One parse per core, up to four files a core ahead of the writer: a large file at the head of the queue
        // then holds up the writer, not the parsers behind it.
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
                        run.PoliceUkParser().ParseStreet(file, ct);
                    }
                    finally
                    {
                        cores.Release();
                    }
                }, ct)));
                if (ahead.Count > 4 * Environment.ProcessorCount) await run.FinishAsync(await WriteNextAsync(), ct);
                if ((sinceCompaction += source.Length) > HeapPolicy.StreetBytesBetweenCompactions)
                {
                    HeapPolicy.Compact();
                    sinceCompaction = 0;
                }
            }
            while (ahead.Count > 0) await run.FinishAsync(await WriteNextAsync(), ct);
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
            if (!parse.IsCompleted) run.Batch.ApplyRollUps(); // the writer would wait for the parsers: do the roll-ups' work meanwhile
            await parse;
            ahead.Dequeue();
            try
            {
                await run.Landing.LandAsync(file, writer => writer.WriteCrimeRunsAsync(file.Crimes, ct), ct);
            }
            finally
            {
                file.ReleaseCrimes();
            }
            file.Result.Elapsed = clock.Elapsed;
            return file.Result;
        }
    }
}
