using OutOfCourt.Core.Queries;
using OutOfCourt.Core.Domain;
using OutOfCourt.Core.Reference;

namespace OutOfCourt.Core.Tests.Reference;

public sealed class TaxonomyAndPolicyTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Offence HomeOffice(string code) => _db.Refs.FindOffence(OffenceSchemes.HomeOffice, code)!;

    [Fact]
    public void There_are_45_forces_and_every_source_spelling_resolves()
    {
        _db.Refs.Forces.Should().HaveCount(45);
        _db.Refs.FindForce("Greater Manchester")!.Slug.Should().Be("greater-manchester");
        _db.Refs.FindForce("Greater Manchester Police")!.Slug.Should().Be("greater-manchester");
        _db.Refs.FindForce("Devon and Cornwall")!.Slug.Should().Be("devon-and-cornwall");
        _db.Refs.FindForce("Devon & Cornwall Police")!.Slug.Should().Be("devon-and-cornwall");
        _db.Refs.FindForce("Metropolitan Police")!.Slug.Should().Be("metropolitan");
        _db.Refs.FindForce("Metropolitan Police Service")!.Slug.Should().Be("metropolitan");
        _db.Refs.FindForce("Gotham")!.Should().BeNull();
    }

    [Fact]
    public void Every_home_office_code_and_crime_type_has_a_category()
    {
        _db.Refs.OffencesOf(OffenceSchemes.HomeOffice).Should().HaveCount(136);
        _db.Refs.OffencesOf(OffenceSchemes.PoliceUk).Should().HaveCount(17);
        _db.Refs.Offences.Should().OnlyContain(o => _db.Refs.CategoryById.ContainsKey(o.CategoryId));
        _db.Refs.CategoryOf(HomeOffice("88A").Id).Slug.Should().Be("violence-and-sexual-offences");
        _db.Refs.CategoryOf(HomeOffice("37.2").Id).Slug.Should().Be("vehicle-crime");
        _db.Refs.CategoryOf(HomeOffice("46").Id).Slug.Should().Be("shoplifting");
        _db.Refs.CategoryOf(HomeOffice("28E").Id).Slug.Should().Be("burglary");
        _db.Refs.CategoryOf(_db.Refs.FindOffence(OffenceSchemes.PoliceUk, "Violent crime")!.Id).Slug.Should().Be("violence-and-sexual-offences");
    }

    [Fact]
    public void Community_resolution_is_home_office_type_8_and_police_uk_local_resolution()
    {
        var cr = _db.Refs.OutcomeClassBySlug[OutcomeClass.CommunityResolution];
        _db.Refs.FindOutcome(OffenceSchemes.HomeOffice, "8")!.ClassId.Should().Be(cr.Id);
        _db.Refs.FindOutcome(OffenceSchemes.PoliceUk, "Local resolution")!.ClassId.Should().Be(cr.Id);
        _db.Refs.Outcomes.Where(o => o.ClassId == cr.Id).Should().HaveCount(2);
        _db.Refs.FindOutcome(OffenceSchemes.HomeOffice, "0").Should().BeNull("0 is 'not yet assigned', not an outcome");
        _db.Refs.FindOutcome(OffenceSchemes.HomeOffice, "1a").Should().BeNull("1a is a subset of 1");
        _db.Refs.OutcomeClassBySlug["no-outcome"].IsOutcome.Should().BeFalse();
    }

    [Theory]
    [InlineData("88A")] [InlineData("71")] [InlineData("10A")] [InlineData("56A")] [InlineData("37.2")]
    [InlineData("34A")] [InlineData("34B")] [InlineData("8N")] [InlineData("36")] [InlineData("19C")]
    public void The_policy_flags_the_offences_the_reporting_named(string code) =>
        _db.Refs.Policy.IsSerious(HomeOffice(code)).Should().BeTrue();

    [Theory]
    [InlineData("58A")] [InlineData("46")] [InlineData("92E")] [InlineData("105A")] [InlineData("56B")]
    public void The_policy_leaves_minor_offences_unflagged(string code) =>
        _db.Refs.Policy.IsSerious(HomeOffice(code)).Should().BeFalse();

    [Fact]
    public void Every_sexual_offence_code_is_serious_and_every_entry_has_a_reason()
    {
        _db.Refs.OffencesOf(OffenceSchemes.HomeOffice).Where(o => o.Group == "Sexual offences")
            .Should().HaveCount(22).And.OnlyContain(o => _db.Refs.Policy.IsSerious(o));
        _db.Refs.Policy.Entries.Should().OnlyContain(e => e.Reason.Length > 15);
        _db.Refs.Policy.Version.Should().NotBeNullOrWhiteSpace();
    }

    private (bool Any, bool All) Interval(string slug) => _db.Refs.Interval.Of(_db.Refs.CategoryBySlug[slug].Id);

    /// <summary>
    /// The serious interval of coarse categories, computed from the Home Office codes each holds (issue 18): robbery is
    /// all robbery, so both bounds count it; criminal damage and arson (56A) and vehicle crime (37.2) hold one flagged
    /// code among minor ones, so only the upper bound counts them; shoplifting holds none.
    /// </summary>
    [Theory]
    [InlineData("robbery", true, true)]
    [InlineData("criminal-damage-and-arson", true, false)]
    [InlineData("vehicle-crime", true, false)]
    [InlineData("violence-and-sexual-offences", true, false)]
    [InlineData("possession-of-weapons", true, false)]
    [InlineData("drugs", true, false)]
    [InlineData("public-order", true, false)]
    [InlineData("burglary", true, false)]
    [InlineData("public-disorder-and-weapons", true, false)]
    [InlineData("shoplifting", false, false)]
    [InlineData("bicycle-theft", false, false)]
    [InlineData("anti-social-behaviour", false, false)]
    [InlineData("unknown", true, false)]
    public void Coarse_categories_get_a_serious_interval_from_the_codes_they_hold(string category, bool upper, bool lower) =>
        Interval(category).Should().Be((upper, lower));

    [Fact]
    public void Crime_types_are_serious_by_the_bound_asked_and_home_office_codes_exactly()
    {
        var refs = _db.Refs;
        int CrimeType(string name) => refs.FindOffence(OffenceSchemes.PoliceUk, name)!.Id;
        refs.IsSerious(CrimeType("Robbery"), SeriousKind.Lower).Should().BeTrue();
        refs.IsSerious(CrimeType("Vehicle crime"), SeriousKind.Upper).Should().BeTrue();
        refs.IsSerious(CrimeType("Vehicle crime"), SeriousKind.Lower).Should().BeFalse();
        refs.IsSerious(CrimeType("Criminal damage and arson"), SeriousKind.Upper).Should().BeTrue();
        refs.IsSerious(CrimeType("Criminal damage and arson"), SeriousKind.Lower).Should().BeFalse();
        refs.IsSerious(CrimeType("Violent crime"), SeriousKind.Exact).Should().BeFalse("an exact count of a coarse category cannot be made");
        foreach (var kind in Enum.GetValues<SeriousKind>())
        {
            refs.IsSerious(HomeOffice("56A").Id, kind).Should().BeTrue();
            refs.IsSerious(HomeOffice("56B").Id, kind).Should().BeFalse();
        }
    }

    [Fact]
    public void A_crime_type_policy_entry_is_refused_with_what_to_do_instead()
    {
        var path = _db.WriteFile("policy.json", """{ "version": "x", "entries": [ { "match": "crime-type", "value": "Robbery", "reason": "old style" } ] }""");
        var act = () => SeriousnessPolicy.Load(path);
        act.Should().Throw<InvalidDataException>().WithMessage("*entry 1 ('Robbery'): 'crime-type' entries are no longer read*flag the Home Office codes " +
            "instead*");
    }

    [Fact]
    public void Crime_type_history_says_when_each_category_was_in_use()
    {
        _db.Refs.InUse("bicycle-theft").Should().Be((((int, int)?)(2013, 5), ((int, int)?)null));
        _db.Refs.InUse("Violent crime").Should().Be((((int, int)?)(2010, 12), ((int, int)?)(2013, 4)));
        _db.Refs.InUse("violence-and-sexual-offences").Should().Be((((int, int)?)(2010, 12), ((int, int)?)null), "renamed, not begun, in May 2013");
        _db.Refs.InUse("88A").Should().BeNull();
    }

    [Fact]
    public void A_policy_entry_without_a_reason_is_refused_with_its_place()
    {
        var path = _db.WriteFile("policy.json", """{ "version": "x", "entries": [ { "match": "offence-code", "value": "88A", "reason": "" } ] }""");
        var act = () => SeriousnessPolicy.Load(path);
        act.Should().Throw<InvalidDataException>().WithMessage("*entry 1 ('88A'): every entry needs a 'reason'*");
    }

    [Fact]
    public async Task A_policy_entry_that_matches_nothing_is_refused()
    {
        var data = _db.DataWithPolicy("""{ "version": "typo", "entries": [ { "match": "offence-code", "value": "88X", "reason": "a typo for 88A" } ] }""");

        var act = () => OutOfCourtSetup.PrepareAsync(Path.Combine(_db.Folder, "other.db"), data, loadBundled: false);

        await act.Should().ThrowAsync<InvalidDataException>().WithMessage("*offence-code '88X' matches no known offence*");
    }
}
