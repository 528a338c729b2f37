namespace OutOfCourt.Core.Import;

public enum FileStatus { Imported, Unchanged, Rejected, Skipped }
