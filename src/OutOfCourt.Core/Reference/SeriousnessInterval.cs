using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>
/// Which coarse categories the policy's serious offences fall in, computed from the Home Office codes each category
/// holds (data/reference/home-office-offence-categories.csv applied to home-office-offence-codes-2017-18.csv), never
/// from a hand list: a category is in the lower bound when the policy flags every code it holds, in the upper bound
/// when it flags any of them.
/// </summary>
public sealed class SeriousnessInterval
{
    /// <summary>
    /// data.police.uk categories that were split and have no Home Office codes of their own: "Public disorder and
    /// weapons" (to April 2013) became "Public order" and "Possession of weapons" in May 2013 (data.police.uk changelog).
    /// </summary>
    private static readonly Dictionary<string, string[]> RetiredCategoryParts = new Dictionary<string, string[]>
    {
        ["public-disorder-and-weapons"] = ["public-order", "possession-of-weapons"],
    };

    /// <summary>An outcome event whose crime is not known could be any offence: it is in the upper bound, never the lower.</summary>
    private const string UnknownCategory = "unknown";

    private readonly Dictionary<int, (bool Any, bool All)> _byCategory = new();

    public SeriousnessInterval(IEnumerable<OffenceCategory> categories, IEnumerable<Offence> offences, SeriousnessPolicy policy)
    {
        var homeOffice = offences.Where(o => o.Scheme == OffenceSchemes.HomeOffice).ToList();
        var list = categories.ToList();
        var bySlug = list.ToDictionary(c => c.Slug);
        foreach (var category in list)
        {
            var parts = RetiredCategoryParts.TryGetValue(category.Slug, out var slugs)
                ? slugs.Where(bySlug.ContainsKey).Select(s => bySlug[s].Id).ToHashSet()
                : [category.Id];
            var codes = homeOffice.Where(o => parts.Contains(o.CategoryId)).ToList();
            var flagged = codes.Count(policy.IsSerious);
            _byCategory[category.Id] = category.Slug == UnknownCategory
                ? (homeOffice.Any(policy.IsSerious), false)
                : (flagged > 0, codes.Count > 0 && flagged == codes.Count);
        }
    }

    /// <summary>True when the category holds any flagged code (upper bound), and whether every code it holds is flagged (lower bound).</summary>
    public (bool Any, bool All) Of(int categoryId) => _byCategory.GetValueOrDefault(categoryId);

    /// <summary>Whether a coarse category counts as serious in the given bound.</summary>
    public bool Counts(int categoryId, Queries.SeriousKind bound) =>
        bound == Queries.SeriousKind.Lower ? Of(categoryId).All : Of(categoryId).Any;
}
