using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>
/// Stage 4: lands a parsed file, whatever its format, in its own savepoint of the run's batch: refused when it has
/// more bad rows than allowed, else its cells, slices and record written (<see cref="ImportWriter"/>) and known from
/// then on, so the same content is not imported twice.
/// </summary>
internal sealed class FileLanding(ReferenceData refs, ImportBatch batch, KnownFiles known, ImportOptions options)
{
    /// <summary>The writer of a file whose rows go straight into it (the parsers of rows may add offences in its savepoint).</summary>
    public ImportWriter Begin() => ImportWriter.Begin(batch, refs);

    /// <summary>The max-errors rule: false, with the file refused, when it has more bad rows than the options allow.</summary>
    public bool Admits(FileImportResult result)
    {
        result.RowsAggregated = result.RowsRead - result.RowsRejected - result.RowsExcludedByRule - result.RowsKeptApart;
        if (result.RowsRejected <= options.MaxErrors) return true;
        result.Reject(new TooManyBadRows(result.RowsRejected, options.MaxErrors));
        return false;
    }

    /// <summary>
    /// Lands a parsed file whose cells are in <paramref name="writer"/>: unless the max-errors rule refuses it, writes
    /// them with the file's record, then <paramref name="extra"/> (a street file's crimes), and releases the savepoint
    /// into the batch. A file not landed is rolled back when its writer is disposed.
    /// </summary>
    public async Task LandAsync(FileImportResult result, ImportWriter writer, int datasetId, string hash, CancellationToken ct,
        Func<ImportWriter, Task>? extra = null)
    {
        if (!Admits(result)) return;
        var record = new ImportedFile
        {
            DatasetId = datasetId, Path = result.File, ContentHash = hash, Format = result.Format.Name,
            ImportedAt = DateTimeOffset.UtcNow, RowsRead = result.RowsRead, RowsAggregated = result.RowsAggregated,
            RowsRejected = result.RowsRejected, RowsJoined = result.RowsJoined, Note = options.Note ?? "",
        };
        result.SlicesReplaced = await writer.WriteAsync(record, ct);
        if (extra is not null) await extra(writer);
        result.SlicesWritten = writer.Facts.Slices.Count;
        result.FactsWritten = writer.Facts.Cells.Count;
        await writer.CommitAsync(ct);
        known.Add(hash, record);
        result.Status = FileStatus.Imported;
        result.Message = result.SlicesReplaced > 0 ? $"replaced {result.SlicesReplaced} earlier force-period slice(s)" : "";
    }

    /// <summary>
    /// Lands a parsed data.police.uk file, unless it was refused, is already imported or has too many bad rows (asked
    /// before its cells are unpacked and a savepoint opened). Either way its counts are let go, as its wave may hold
    /// it a while longer.
    /// </summary>
    public async Task LandAsync(PoliceUkFile file, Func<ImportWriter, Task>? extra, CancellationToken ct)
    {
        var result = file.Result;
        if (file.Done || known.MarkIfKnown(file.Hash, result) || !Admits(result))
        {
            file.ReleaseCounts();
            return;
        }
        ct.ThrowIfCancellationRequested();
        var dataset = refs.DatasetByKey[result.DatasetKey];
        await using var writer = ImportWriter.Begin(batch, refs, file.TakeFacts(dataset.Id));
        await LandAsync(result, writer, dataset.Id, file.Hash, ct, extra);
    }
}
