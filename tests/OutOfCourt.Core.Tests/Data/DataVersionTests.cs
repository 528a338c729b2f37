using FluentAssertions;
using Microsoft.Data.Sqlite;
using OutOfCourt.Core.Data;
using OutOfCourt.Core.Queries;

namespace OutOfCourt.Core.Tests.Data;

/// <summary>The data version every cache is keyed by: bumped by each landed file, and read alike by every reader.</summary>
public sealed class DataVersionTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Each_landed_file_bumps_the_version_once_and_an_unchanged_file_not_at_all()
    {
        (await DataVersion.ReadAsync(_db.Path)).Should().Be(0, "nothing has been imported");

        var first = await _db.ImportAsync(TestDatabase.Data("police-uk", "city-of-london"));
        var afterFirst = await DataVersion.ReadAsync(_db.Path);
        afterFirst.Should().Be(first.Totals.Imported);

        await _db.ImportAsync(TestDatabase.Data("police-uk", "city-of-london"));
        (await DataVersion.ReadAsync(_db.Path)).Should().Be(afterFirst, "the same content lands nothing");
    }

    [Fact]
    public async Task The_catalog_of_a_query_model_reads_the_version_the_page_cache_reads()
    {
        await _db.ImportAsync(TestDatabase.Data("police-uk", "greater-manchester"));
        await using var model = QueryModel.Open(_db.Path, _db.Refs, defaultDataset: null);

        (await model.Catalog.DataVersionAsync()).Should().Be(await DataVersion.ReadAsync(_db.Path)).And.BeGreaterThan(0);
    }
}
