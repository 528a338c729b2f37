namespace OutOfCourt.Core.Import;

/// <summary>How a file ended: landed, already there, refused (nothing of it written) or skipped (nothing in it to count).</summary>
public enum FileStatus { Imported, Unchanged, Rejected, Skipped }
