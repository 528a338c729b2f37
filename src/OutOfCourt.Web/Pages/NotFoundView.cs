namespace OutOfCourt.Web.Pages;

/// <summary>What the shared 404 body of a force or offence page shows.</summary>
public sealed record NotFoundView(string Kind, string Wanted, string Explanation, string BasePath, IReadOnlyList<(string Slug, string Name)> Suggestions);
