using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>
/// Brings the reference tables in the database up to date with data/reference, matching rows by their natural
/// keys (slug, scheme and code) so ids never change under the imported counts; rows the files no longer list are
/// kept, as counts may point at them. Then loads the snapshot. Plain SQL: this runs at every start of the CLI and
/// the web app, and EF Core's change tracker cost most of a second of start-up here. A row is written only when
/// it differs, so a start with unchanged files writes nothing.
/// </summary>
public static class ReferenceSync
{
    public static ReferenceData Sync(SqliteConnection connection, ReferenceFiles files)
    {
        var policy = files.Policy();
        var rules = files.HomeOfficeRules();
        using (var tx = connection.BeginTransaction(deferred: true))
        {
            var table = new TableSync(connection, tx);
            table.Upsert("Forces", ["Slug"], ["Name", "Aliases", "Nation"],
                files.Forces().Select(f => new object[] { f.Slug, f.Name, f.Aliases, f.Nation }));
            var categoryIds = table.Upsert("OffenceCategories", ["Slug"], ["Name", "Description"],
                files.Categories().Select(c => new object[] { c.Slug, c.Name, c.Description }));
            var classIds = table.Upsert("OutcomeClasses", ["Slug"], ["Name", "IsOutcome", "Description"],
                files.OutcomeClasses().Select(c => new object[] { c.Slug, c.Name, c.IsOutcome, c.Description }));
            table.Upsert("Datasets", ["Key"], ["Name", "Publisher", "Measure", "PeriodKind", "OffenceScheme", "Description"],
                files.Datasets().Select(d => new object[] { d.Key, d.Name, d.Publisher, d.Measure, d.PeriodKind, d.OffenceScheme, d.Description }));

            table.Upsert("Offences", ["Scheme", "Code"], ["Name", "Subgroup", "Group", "CategoryId"],
                files.CrimeTypes().Concat(files.HomeOfficeOffences(rules)).Select(x => new object[]
                {
                    x.Offence.Scheme, x.Offence.Code, x.Offence.Name, x.Offence.Subgroup, x.Offence.Group,
                    categoryIds.TryGetValue(x.CategorySlug, out var id) ? id
                        : throw new InvalidDataException($"offence {x.Offence.Code}: unknown category '{x.CategorySlug}' (not in offence-categories.csv)"),
                }));
            table.Upsert("Outcomes", ["Scheme", "Code"], ["Name", "ClassId"],
                files.Outcomes().Select(x => new object[]
                {
                    x.Outcome.Scheme, x.Outcome.Code, x.Outcome.Name,
                    classIds.TryGetValue(x.ClassSlug, out var id) ? id
                        : throw new InvalidDataException($"outcome '{x.Outcome.Name}': unknown outcome class '{x.ClassSlug}' (not in outcome-classes.csv)"),
                }));
            tx.Commit();
        }
        var refs = ReferenceData.Load(connection, policy, rules);
        refs.CrimeTypeSpans = files.CrimeTypeSpans();
        foreach (var listed in files.Datasets())
            if (refs.DatasetByKey.TryGetValue(listed.Key, out var dataset)) dataset.OutcomeScheme = listed.OutcomeScheme;
        refs.RecordedCrime = RecordedCrime.Load(Path.Combine(files.DataDirectory, "reference", RecordedCrime.FileName), refs.FindForce);
        return refs;
    }

    /// <summary>Adds a dataset that data/reference does not list (described at import time) and registers it in <paramref name="refs"/>.</summary>
    internal static void AddDataset(SqliteConnection connection, ReferenceData refs, Dataset dataset)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Datasets (Key, Name, Publisher, Measure, PeriodKind, OffenceScheme, Description) " +
                             "VALUES ($key, $name, $publisher, $measure, $period, $scheme, $description) RETURNING Id";
        foreach (var (name, value) in new (string, object)[]
                 {
                     ("$key", dataset.Key), ("$name", dataset.Name), ("$publisher", dataset.Publisher), ("$measure", dataset.Measure),
                     ("$period", dataset.PeriodKind.ToString()), ("$scheme", dataset.OffenceScheme), ("$description", dataset.Description),
                 })
            insert.Parameters.AddWithValue(name, value);
        dataset.Id = Convert.ToInt32(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        refs.RegisterDataset(dataset);
    }

    /// <summary>Inserts missing rows and updates changed ones of one table; returns every row's id by its key.</summary>
    private sealed class TableSync(SqliteConnection connection, SqliteTransaction tx)
    {
        public Dictionary<string, long> Upsert(string table, string[] keys, string[] values, IEnumerable<object[]> wanted)
        {
            var columns = keys.Concat(values).ToArray();
            var existing = new Dictionary<string, (long Id, object[] Row)>(StringComparer.Ordinal);
            using (var select = Command($"SELECT Id, {string.Join(", ", columns.Select(Quote))} FROM {table}"))
            using (var reader = select.ExecuteReader())
                while (reader.Read())
                {
                    var row = new object[columns.Length];
                    for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i + 1);
                    existing[Key(row, keys.Length)] = (reader.GetInt64(0), row);
                }

            using var insert = Command($"INSERT INTO {table} ({string.Join(", ", columns.Select(Quote))}) " +
                                       $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}) RETURNING Id", columns.Length);
            using var update = Command($"UPDATE {table} SET {string.Join(", ", values.Select((c, i) => $"{Quote(c)} = $p{keys.Length + i}"))} " +
                                       $"WHERE Id = $p{columns.Length}", columns.Length + 1);
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var raw in wanted)
            {
                var row = raw.Select(Stored).ToArray();
                var key = Key(row, keys.Length);
                if (existing.TryGetValue(key, out var current))
                {
                    if (!current.Row.SequenceEqual(row))
                    {
                        Bind(update, row);
                        update.Parameters[columns.Length].Value = current.Id;
                        update.ExecuteNonQuery();
                    }
                    ids[key] = current.Id;
                }
                else
                {
                    Bind(insert, row);
                    ids[key] = (long)insert.ExecuteScalar()!;
                }
            }
            foreach (var (key, (id, _)) in existing) ids.TryAdd(key, id);
            return ids;
        }

        private SqliteCommand Command(string sql, int parameters = 0)
        {
            var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            for (var i = 0; i < parameters; i++) cmd.Parameters.Add(new SqliteParameter($"$p{i}", null));
            return cmd;
        }

        private static void Bind(SqliteCommand cmd, object[] row)
        {
            for (var i = 0; i < row.Length; i++) cmd.Parameters[i].Value = row[i];
        }

        private static string Key(object[] row, int keyColumns) => string.Join("|", row.Take(keyColumns));

        private static string Quote(string column) => $"\"{column}\"";

        /// <summary>A value as SQLite hands it back: integers as long, booleans as 0/1, enums by name (as EF Core stores them).</summary>
        private static object Stored(object value) => value switch
        {
            bool b => b ? 1L : 0L,
            int i => (long)i,
            Enum e => e.ToString(),
            _ => value,
        };
    }
}
