namespace OutOfCourt.Core.Import;

/// <summary>What happened to one file: its status, counts, the rows it refused and why (<see cref="Refusal"/>).</summary>
public sealed class FileImportResult
{
    public required string File { get; init; }
    public FileStatus Status { get; set; }
    public FileFormat Format { get; set; } = FileFormat.Unknown;
    public string DatasetKey { get; set; } = "";
    public long Bytes { get; set; }
    public long RowsRead { get; set; }
    public long RowsAggregated { get; set; }
    public long RowsRejected { get; set; }
    /// <summary>Rows left out by rule, not by error: Home Office outcome 0 (not yet assigned) and 1a/2a/3a (subsets of 1/2/3).</summary>
    public long RowsExcludedByRule { get; set; }
    /// <summary>Outcome events whose crime type was found by Crime ID (outcomes files).</summary>
    public long RowsJoined { get; set; }
    public long NegativeCounts { get; set; }
    /// <summary>Rows neither stored nor refused (Home Office: central fraud bodies, data not provided); <see cref="Notes"/> say which.</summary>
    public long RowsKeptApart { get; set; }
    /// <summary>What the file holds that is not stored as a count, in sentences (kept apart, gaps, missing values).</summary>
    public List<string> Notes { get; } = [];
    public int SlicesWritten { get; set; }
    public int SlicesReplaced { get; set; }
    public long FactsWritten { get; set; }
    public int ProblemCount { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    public string Message { get; set; } = "";
    /// <summary>Why the file was refused, when a front end may word it for its users (the message says it plainly).</summary>
    public ImportRefusal? Refusal { get; private set; }
    public TimeSpan Elapsed { get; set; }

    /// <summary>Share of outcome events joined to a crime type, for outcomes files.</summary>
    public double? JoinRate => Format == FileFormat.PoliceUkOutcomes && RowsAggregated > 0 ? (double)RowsJoined / RowsAggregated : null;

    /// <summary>The file is refused: nothing of it is written.</summary>
    internal FileImportResult Reject(string message)
    {
        Status = FileStatus.Rejected;
        Message = message;
        return this;
    }

    internal FileImportResult Reject(ImportRefusal refusal)
    {
        Refusal = refusal;
        return Reject(refusal.ToString());
    }

    /// <summary>
    /// Counts a bad row and lists it while fewer than <paramref name="listed"/> are; a row shorter than the header
    /// says so, as that is usually why.
    /// </summary>
    internal void AddProblem(long line, string column, string value, string reason, int fields, int headerFields, int listed)
    {
        if (fields < headerFields) reason = $"{reason} (the row has {fields} fields; the header has {headerFields})";
        RowsRejected++;
        ProblemCount++;
        if (Problems.Count < listed) Problems.Add(new ImportProblem(File, line, column, value, reason));
    }
}
