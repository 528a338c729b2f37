using FluentAssertions;
using OutOfCourt.Core.Import;
using Xunit;

namespace OutOfCourt.Core.Tests.Import;

/// <summary>A parsed file's counts wait in packed form and become cells only when it is written.</summary>
public class PoliceUkFileTests
{
    private static PoliceUkFile NewFile() =>
        new(new ImportSource { DisplayName = "2023-12-kent-outcomes.csv", Length = 0, Open = () => Stream.Null }, FileFormat.PoliceUkOutcomes);

    [Fact]
    public void A_later_partitions_sums_add_to_the_counts_and_the_cells_are_taken_once()
    {
        var file = NewFile();
        var resolved = PoliceUkFile.Pack(forceId: 7, year: 2023, month: 12, offenceId: 3, outcomeId: 5);
        var charged = PoliceUkFile.Pack(forceId: 7, year: 2023, month: 12, offenceId: 4, outcomeId: 6);
        file.Counts[resolved] = 2;
        file.AddCounts(new Dictionary<ulong, long> { [resolved] = 3, [charged] = 1 }); // a later join partition

        var facts = file.TakeFacts(datasetId: 9);

        facts.Cells.Should().BeEquivalentTo(new Dictionary<FactKey, long>
        {
            [new FactKey(9, 7, 2023, 12, 3, 5)] = 5,
            [new FactKey(9, 7, 2023, 12, 4, 6)] = 1,
        });
        facts.Slices.Should().BeEquivalentTo(new Dictionary<SliceKey, long> { [new SliceKey(9, 7, 2023, 12)] = 6 });
        file.Counts.Should().BeEmpty("a written file waiting in its wave keeps nothing of its counts");
        file.TakeFacts(9).Cells.Should().BeEmpty();
    }
}
