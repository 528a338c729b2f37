namespace OutOfCourt.Web.Tests.Pages;

/// <summary>Pages are served from memory until an import changes the data, and error pages never are.</summary>
public sealed class OutputCacheTests : IAsyncLifetime
{
    private readonly WebAppFactory _app = new();
    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_page_is_served_from_the_cache_until_an_import_changes_the_data()
    {
        var client = _app.CreateClient();
        var first = await client.GetAsync("/forces/city-of-london");
        first.Headers.Age.Should().BeNull("the first request makes the page");
        var second = await client.GetAsync("/forces/city-of-london");
        second.Headers.Age.Should().NotBeNull("the second is served from the output cache");
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());

        // A street file for a new year: the page must show it (the data version is read at most once a second).
        var file = Path.Combine(_app.Folder, "2017-01-city-of-london-street.csv");
        await File.WriteAllTextAsync(file,
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            "x1,2017-01,City of London Police,City of London Police,-0.1,51.5,On or near X,E01000001,City of London 001A,Burglary,Local resolution,\n");
        var (output, error) = (new StringWriter(), new StringWriter());
        (await Cli.Cli.RunAsync(["import", "--db", _app.DatabasePath, file], output, error)).Should().Be(0, error.ToString());
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var after = await client.GetAsync("/forces/city-of-london");
        after.Headers.Age.Should().BeNull("the import changed the data version, so the page is made afresh");
        (await after.Content.ReadAsStringAsync()).Should().Contain("2017");
    }

    [Fact]
    public async Task Error_pages_are_not_cached()
    {
        var client = _app.CreateClient();
        await client.GetAsync("/forces/atlantis");
        var again = await client.GetAsync("/forces/atlantis");
        ((int)again.StatusCode).Should().Be(404);
        again.Headers.Age.Should().BeNull();
    }
}
