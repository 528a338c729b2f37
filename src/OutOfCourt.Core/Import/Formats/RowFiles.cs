using System.Diagnostics;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Stage 2 for every file but data.police.uk's, one at a time in the order given: a file of a format read row by row
/// (Home Office, long form) streams through CsvHelper into its format's <see cref="RowParser"/>, which sums its rows
/// into the file's writer, and is landed; a file that cannot be read, or of no known format, is refused; a format
/// that holds nothing to count is skipped.
/// </summary>
internal sealed class RowFiles(ImportRun run, LongFormTarget longForm)
{
    private const int ProgressEveryRows = 8192;

    public async Task ImportAsync(IEnumerable<ClassifiedSource> sources, CancellationToken ct)
    {
        foreach (var (source, format, error) in sources)
        {
            ct.ThrowIfCancellationRequested();
            await run.FinishAsync(error is null
                ? await ImportAsync(source, format, ct)
                : new FileImportResult { File = source.DisplayName, Status = FileStatus.Rejected, Message = error }, ct);
            if (source.Length > HeapPolicy.LargeFileBytes) HeapPolicy.Compact();
        }
    }

    private async Task<FileImportResult> ImportAsync(ImportSource source, FileFormat format, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var result = new FileImportResult { File = source.DisplayName, Format = format, Bytes = source.Length };
        try
        {
            if (format.SkippedBecause is { } skipped)
            {
                result.Status = FileStatus.Skipped;
                result.Message = skipped;
                return result;
            }
            if (format.Stage == FormatStage.Refused)
            {
                string header;
                using (var r = Csv.Open(source.Open())) header = string.Join(",", r.Headers);
                return result.Reject(new UnknownFormat(header));
            }

            var hash = source.Hash($"{format}|{longForm.Dataset?.Key}|{run.Options.Map}");
            if (run.Known.MarkIfKnown(hash, result)) return result;

            run.Progress.FileStarted(source, format);
            await using var counting = new HashingStream(source.Open(), hashing: false);
            using var reader = Csv.Open(counting, leaveOpen: true);
            RowParser parser;
            try
            {
                parser = format.Parser(reader, run.Refs, longForm);
            }
            catch (MissingColumnException e)
            {
                return result.Reject($"{e.Message}; the header is '{string.Join(",", reader.Headers)}'");
            }
            result.DatasetKey = parser.Dataset.Key;

            await using var writer = run.Landing.Begin();
            while (reader.Read())
            {
                if (Csv.IsBlankRecord(reader)) continue; // trailing ",,,," rows carry nothing
                result.RowsRead++;
                if (parser.Parse(writer) is { } problem)
                    result.AddProblem(reader.LineNumber, problem.Column, problem.Value, problem.Reason, reader.FieldCount, reader.Headers.Count,
                        run.Options.ProblemsListed);
                if (result.RowsRead % ProgressEveryRows == 0)
                {
                    run.Progress.RowsRead(source, result.RowsRead, counting.BytesRead);
                    ct.ThrowIfCancellationRequested(); // the writer's transaction rolls back on the way out
                }
            }
            run.Progress.RowsRead(source, result.RowsRead, counting.BytesRead);
            result.RowsExcludedByRule = parser.ExcludedByRule;
            result.NegativeCounts = parser.NegativeCounts;
            result.RowsKeptApart = parser.RowsKeptApart;
            result.Notes.AddRange(parser.Notes);
            await run.Landing.LandAsync(result, writer, parser.Dataset.Id, hash, ct);
            return result;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvFormatException or CsvHelper.CsvValidationException
                                      or FormatException)
        {
            return result.Reject(e.Message);
        }
        finally
        {
            result.Elapsed = clock.Elapsed;
        }
    }
}
