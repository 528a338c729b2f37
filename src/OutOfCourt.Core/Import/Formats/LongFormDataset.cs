using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Import;

/// <summary>The dataset a long-form import lands in: a known one, or a new one the options describe.</summary>
internal static class LongFormDataset
{
    public static Dataset Resolve(SqliteConnection connection, ReferenceData refs, ImportOptions options)
    {
        var key = options.DatasetKey ?? throw new ImportRefusedException(new DatasetNeeded());
        if (refs.DatasetByKey.TryGetValue(key, out var known)) return known;
        if (options.NewDataset is null) throw new ImportRefusedException(new UnknownDataset(key, refs.Datasets.Select(d => d.Key).ToList()));
        var created = options.NewDataset;
        created.Key = key;
        ReferenceSync.AddDataset(connection, refs, created);
        return created;
    }
}
