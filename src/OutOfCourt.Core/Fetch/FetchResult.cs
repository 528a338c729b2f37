using OutOfCourt.Core.Import;

namespace OutOfCourt.Core.Fetch;

/// <summary>What a fetch did: the plan, each file downloaded, and the importer's run over each.</summary>
public sealed class FetchResult(FetchPlan plan)
{
    public FetchPlan Plan { get; } = plan;
    public List<(FetchItem Item, DownloadedFile File, ImportRunResult Import)> Fetched { get; } = [];

    public bool Succeeded => Fetched.All(f => f.Import.Succeeded);
}
