namespace OutOfCourt.Core.Import;

/// <summary>The grain of the fact table: one cell of dataset, force, period, offence and outcome.</summary>
internal readonly record struct FactKey(int DatasetId, int ForceId, int Year, int Period, int OffenceId, int OutcomeId)
{
    public SliceKey Slice => new(DatasetId, ForceId, Year, Period);
}

/// <summary>One force and period of one dataset: the unit of coverage and of replacement.</summary>
internal readonly record struct SliceKey(int DatasetId, int ForceId, int Year, int Period);

/// <summary>Sums rows into cells while the file streams, so memory grows with the number of cells, not rows.</summary>
internal sealed class FactAggregator
{
    public Dictionary<FactKey, long> Cells { get; } = new();
    public Dictionary<SliceKey, long> Slices { get; } = new();

    public void Add(FactKey key, long count, long rows = 1)
    {
        ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Cells, key, out _);
        cell += count;
        ref var slice = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Slices, key.Slice, out _);
        slice += rows;
    }
}
