namespace OutOfCourt.Core.Import;

/// <summary>Sums over the files of an import run, for its summary line.</summary>
public sealed class ImportTotals
{
    public int Files { get; private set; }
    public int Imported { get; private set; }
    public int Unchanged { get; private set; }
    public int Refused { get; private set; }
    public int Skipped { get; private set; }
    public long Bytes { get; private set; }
    public long RowsRead { get; private set; }
    public long RowsAggregated { get; private set; }
    public long RowsRejected { get; private set; }

    public void Add(FileImportResult r)
    {
        Files++;
        switch (r.Status)
        {
            case FileStatus.Imported: Imported++; break;
            case FileStatus.Unchanged: Unchanged++; break;
            case FileStatus.Rejected: Refused++; break;
            case FileStatus.Skipped: Skipped++; break;
        }
        Bytes += r.Bytes;
        RowsRead += r.RowsRead;
        RowsAggregated += r.RowsAggregated;
        RowsRejected += r.RowsRejected;
    }
}
