using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Web.Pages.Offences;

/// <summary>
/// Every offence a reader can ask for, as the offences page lists it: the common categories, the data.police.uk crime
/// types, and the Home Office codes grouped as the Home Office groups them (group, subgroup, code). The reference
/// lists plus any code an import added.
/// </summary>
public sealed class OffenceDirectory(ReferenceData refs)
{
    public IReadOnlyList<SearchCandidate> Categories { get; } =
        refs.Categories.Select(c => new SearchCandidate(c.Slug, c.Name, $"{c.Name} {c.Slug}")).ToList();

    /// <summary>Crime types by name; addressed by the crime type itself (/offences/Violent%20crime).</summary>
    public IReadOnlyList<SearchCandidate> CrimeTypes { get; } = refs.OffencesOf(OffenceSchemes.PoliceUk)
        .OrderBy(o => o.Code, StringComparer.Ordinal)
        .Select(o => new SearchCandidate(Uri.EscapeDataString(o.Code), o.Name, o.Name)).ToList();

    /// <summary>Home Office codes in code order, each with its group and subgroup for the grouped list.</summary>
    public IReadOnlyList<(Offence Offence, SearchCandidate Candidate)> HomeOfficeCodes { get; } = refs.OffencesOf(OffenceSchemes.HomeOffice)
        .OrderBy(o => CodeOrder(o.Code)).ThenBy(o => o.Code, StringComparer.Ordinal)
        .Select(o => (o, new SearchCandidate(o.Code, $"{o.Code} {o.Name}", $"{o.Code} {o.Name}"))).ToList();

    /// <summary>Suggestions on a 404: categories, Home Office codes and crime types whose names hold the words asked.</summary>
    public IReadOnlyList<(string Slug, string Name)> Suggest(string wanted) =>
        NameSearch.Suggest(wanted, Categories.Concat(HomeOfficeCodes.Select(c => c.Candidate))
            .Concat(CrimeTypes.Select(c => c with { Name = $"{c.Name} (data.police.uk crime type)" })));

    /// <summary>"8P" before "10A" before "37.2": the number first, then the rest.</summary>
    private static (int, string) CodeOrder(string code)
    {
        var digits = new string(code.TakeWhile(char.IsDigit).ToArray());
        return (int.TryParse(digits, out var n) ? n : int.MaxValue, code[digits.Length..]);
    }
}
