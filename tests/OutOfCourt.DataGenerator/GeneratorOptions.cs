namespace OutOfCourt.DataGenerator;

public sealed class GeneratorOptions
{
    public required string OutputFolder { get; init; }
    /// <summary>1.0 is the real national volume (the 2016 profile: about 6 million street rows a year).</summary>
    public double Scale { get; init; } = 0.01;
    public int FirstMonth { get; init; }
    public int LastMonth { get; init; }
    public long Seed { get; init; } = 20161;
    public bool Zip { get; init; }
    public bool HomeOffice { get; init; } = true;
    /// <summary>Home Office years as .xlsx workbooks in the published layout instead of CSV (the workbook benchmark).</summary>
    public bool HomeOfficeWorkbook { get; init; }
    public int Threads { get; init; } = Environment.ProcessorCount;
}
