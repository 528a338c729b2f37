using OutOfCourt.Core.Queries;

namespace OutOfCourt.Web.Endpoints;

/// <summary>
/// The API's and the downloads' answer to a question the dataset cannot answer: 422 with a problem detail that says why
/// and which loaded datasets can (docs/exports.md, "Questions the data cannot answer"), never a file or list of zeros.
/// </summary>
public static class UnanswerableProblem
{
    public const string Type = "/methodology#answerability";

    public static IResult Of(AnswerabilityVerdict verdict, HttpRequest request) => Results.Problem(
        detail: verdict.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "This data cannot tell you", type: Type,
        extensions: new Dictionary<string, object?>
        {
            ["answerable"] = false,
            ["dataset"] = verdict.Dataset.Dataset.Key,
            ["reason"] = verdict.Reason,
            ["records"] = DatasetGranularity.Of(verdict.Dataset.Dataset).Records,
            ["alternatives"] = verdict.Alternatives.Select(a => new
            {
                dataset = a.Dataset.Key, name = a.Dataset.Name, records = DatasetGranularity.Of(a.Dataset).Records,
                href = WithDataset(request, a.Dataset.Key),
            }).ToList(),
        });

    /// <summary>The same request on another dataset: the path and query with dataset= replaced.</summary>
    public static string WithDataset(HttpRequest request, string key)
    {
        var query = request.Query.Where(q => q.Key != "dataset")
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"dataset={Uri.EscapeDataString(key)}");
        return $"{request.PathBase}{request.Path}?{string.Join("&", query)}";
    }
}
