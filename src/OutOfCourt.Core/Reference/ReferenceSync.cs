using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>
/// Brings the reference tables in the database up to date with data/reference, matching rows by their natural
/// keys (slug, scheme and code) so ids never change under the imported counts. Then loads the snapshot.
/// </summary>
public static class ReferenceSync
{
    public static async Task<ReferenceData> SyncAsync(OutOfCourtDbContext db, ReferenceFiles files, CancellationToken ct = default)
    {
        var policy = files.Policy();
        var rules = files.HomeOfficeRules();

        await Upsert(db.Forces, files.Forces(), f => f.Slug, (to, from) => { to.Name = from.Name; to.Aliases = from.Aliases; to.Nation = from.Nation; }, ct);
        await Upsert(db.OffenceCategories, files.Categories(), c => c.Slug, (to, from) => { to.Name = from.Name; to.Description = from.Description; }, ct);
        await Upsert(db.OutcomeClasses, files.OutcomeClasses(), c => c.Slug, (to, from) => { to.Name = from.Name; to.IsOutcome = from.IsOutcome; to.Description = from.Description; }, ct);
        await Upsert(db.Datasets, files.Datasets(), d => d.Key, (to, from) =>
        {
            to.Name = from.Name; to.Publisher = from.Publisher; to.Measure = from.Measure; to.PeriodKind = from.PeriodKind;
            to.OffenceScheme = from.OffenceScheme; to.Description = from.Description;
        }, ct);
        await db.SaveChangesAsync(ct);

        var categoryIds = await db.OffenceCategories.ToDictionaryAsync(c => c.Slug, c => c.Id, ct);
        var classIds = await db.OutcomeClasses.ToDictionaryAsync(c => c.Slug, c => c.Id, ct);

        var offences = files.CrimeTypes().Concat(files.HomeOfficeOffences(rules)).Select(x =>
        {
            x.Offence.CategoryId = categoryIds.TryGetValue(x.CategorySlug, out var id) ? id
                : throw new InvalidDataException($"offence {x.Offence.Code}: unknown category '{x.CategorySlug}' (not in offence-categories.csv)");
            return x.Offence;
        }).ToList();
        await Upsert(db.Offences, offences, o => o.Scheme + "|" + o.Code, (to, from) =>
        {
            to.Name = from.Name; to.Subgroup = from.Subgroup; to.Group = from.Group; to.CategoryId = from.CategoryId;
        }, ct);

        var outcomes = files.Outcomes().Select(x =>
        {
            x.Outcome.ClassId = classIds.TryGetValue(x.ClassSlug, out var id) ? id
                : throw new InvalidDataException($"outcome '{x.Outcome.Name}': unknown outcome class '{x.ClassSlug}' (not in outcome-classes.csv)");
            return x.Outcome;
        }).ToList();
        await Upsert(db.Outcomes, outcomes, o => o.Scheme + "|" + o.Code, (to, from) => { to.Name = from.Name; to.ClassId = from.ClassId; }, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        return await ReferenceData.LoadAsync(db, policy, rules, ct);
    }

    private static async Task Upsert<T>(DbSet<T> set, IEnumerable<T> wanted, Func<T, string> key, Action<T, T> copy, CancellationToken ct)
        where T : class
    {
        var existing = (await set.ToListAsync(ct)).ToDictionary(key);
        foreach (var row in wanted)
        {
            if (existing.TryGetValue(key(row), out var current)) copy(current, row);
            else set.Add(row);
        }
    }
}
