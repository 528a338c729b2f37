using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// The one importer: every file, folder and zip goes through here, from the CLI, the web app's first start and
/// the tests. Each file is detected by its header, streamed through its row parser into an aggregator, and written
/// in one transaction, so it lands whole or not at all.
/// </summary>
public sealed class Importer(OutOfCourtDbContext db, ReferenceData refs)
{
    private const int ProgressEveryRows = 8192;

    public async Task<ImportRunResult> ImportAsync(IEnumerable<string> paths, ImportOptions options, IImportProgress? progress = null,
        CancellationToken ct = default)
    {
        progress ??= NoProgress.Instance;
        var clock = Stopwatch.StartNew();
        var run = new ImportRunResult();
        var dataset = options.Map is null ? null : await LongFormDatasetAsync(options, ct);

        // Street files first, whatever order they were given in, so outcome events in the same run can be joined to them.
        var sources = new List<(ImportSource Source, FileFormat Format, string? Error)>();
        foreach (var path in paths)
        {
            try
            {
                foreach (var source in ImportSource.Expand(path)) sources.Add((source, options.Map is null ? Detect(source) : FileFormat.LongForm, null));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                sources.Add((new ImportSource { DisplayName = path, Length = 0, Open = () => Stream.Null }, FileFormat.Unknown, e.Message));
            }
        }
        foreach (var (source, format, error) in sources.OrderBy(s => s.Format == FileFormat.PoliceUkStreet ? 0 : 1))
        {
            ct.ThrowIfCancellationRequested();
            var result = error is null
                ? await ImportFileAsync(source, format, dataset, options, progress, ct)
                : new FileImportResult { File = source.DisplayName, Status = FileStatus.Rejected, Message = error };
            run.Files.Add(result);
            progress.FileFinished(result);
        }
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private static FileFormat Detect(ImportSource source)
    {
        using var reader = Csv.Open(source.Open());
        return FileFormats.Detect(reader.Headers);
    }

    private async Task<FileImportResult> ImportFileAsync(ImportSource source, FileFormat format, Dataset? longFormDataset,
        ImportOptions options, IImportProgress progress, CancellationToken ct)
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
            var earlier = await db.ImportedFiles.AsNoTracking()
                .Where(f => f.ContentHash == hash && f.ReplacedAt == null).Select(f => new { f.Id, f.Path, f.ImportedAt }).FirstOrDefaultAsync(ct);
            if (earlier is not null)
            {
                result.Status = FileStatus.Unchanged;
                result.Message = $"already imported (same content as file #{earlier.Id}, {earlier.Path}, on {earlier.ImportedAt:yyyy-MM-dd HH:mm}); nothing to do";
                return result;
            }

            progress.FileStarted(source, format);
            await using var counting = new CountingStream(source.Open());
            using var reader = Csv.Open(counting, leaveOpen: true);
            RowParser parser;
            try
            {
                parser = format switch
                {
                    FileFormat.PoliceUkStreet => new StreetRowParser(reader, refs),
                    FileFormat.PoliceUkOutcomes => new OutcomeEventRowParser(reader, refs),
                    FileFormat.HomeOfficeOutcomes => new HomeOfficeRowParser(reader, refs),
                    _ => new LongFormRowParser(reader, refs, longFormDataset!, options.Map!),
                };
            }
            catch (MissingColumnException e)
            {
                return Reject(result, $"{e.Message}; the header is '{string.Join(",", reader.Headers)}'");
            }
            result.DatasetKey = parser.Dataset.Key;

            await using var writer = await ImportWriter.BeginAsync(db, refs, ct);
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
            result.RowsJoined = parser.Joined;
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
    private async Task<Dataset> LongFormDatasetAsync(ImportOptions options, CancellationToken ct)
    {
        var key = options.DatasetKey ?? throw new InvalidDataException("a long-form import (--map) needs --dataset KEY to say which dataset the counts belong to.");
        if (refs.DatasetByKey.TryGetValue(key, out var known)) return known;
        if (options.NewDataset is null)
            throw new InvalidDataException(
                $"unknown dataset '{key}'; known datasets: {string.Join(", ", refs.Datasets.Select(d => d.Key))}. " +
                "To create one, also give --dataset-name, --period and --scheme.");
        var created = options.NewDataset;
        created.Key = key;
        db.Datasets.Add(created);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        refs.RegisterDataset(created);
        return created;
    }
}
