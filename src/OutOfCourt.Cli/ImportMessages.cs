using OutOfCourt.Core.Data;
using OutOfCourt.Core.Import;

namespace OutOfCourt.Cli;

/// <summary>
/// What Core reports as values (<see cref="ImportRefusal"/> and the exceptions that carry one), worded for the
/// command line: naming the option that fixes it. Anything else is printed as Core words it.
/// </summary>
internal static class ImportMessages
{
    /// <summary>A file's message on its result line.</summary>
    public static string Of(FileImportResult result) => result.Refusal switch
    {
        TooManyBadRows r => $"{r.BadRows:N0} bad row(s), more than --max-errors {r.MaxErrors}; nothing of this file was written",
        UnknownFormat r => $"unknown format: the header is '{r.Header}'; {FileFormat.ExpectedHeaders()}; " +
                           "for any other table of counts give a column map with --map (see `import --help`)",
        _ => result.Message,
    };

    /// <summary>An error that ends the command.</summary>
    public static string Of(Exception e) => e switch
    {
        ImportRefusedException { Refusal: DatasetNeeded } => "a long-form import (--map) needs --dataset KEY to say which dataset the counts belong to.",
        ImportRefusedException { Refusal: UnknownDataset r } =>
            $"unknown dataset '{r.Key}'; known datasets: {string.Join(", ", r.Known)}. To create one, also give --dataset-name, --period and --scheme.",
        ColumnMapException m => $"--map: {m.Detail}",
        DatabaseNeedsUpgradeException d =>
            $"{d.DatabasePath}: this database was made by an earlier version of OutOfCourt and its schema needs upgrading, which this natively " +
            $"compiled build cannot do. Upgrade it once with `dotnet run --project src/OutOfCourt.Cli -- datasets --db {d.DatabasePath}` " +
            "(or start the web app on it); then this build works on it.",
        _ => e.Message,
    };
}
