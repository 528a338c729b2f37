using System.Text.Json;
using System.Text.Json.Serialization;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Reference;

/// <summary>
/// Which offences count as serious: read from data/seriousness-policy.json, applied at query time (never stored
/// with the counts), so editing the file changes every flag without re-importing.
/// </summary>
public sealed partial class SeriousnessPolicy
{
    public const string FileName = "seriousness-policy.json";

    public required string Version { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required IReadOnlyList<PolicyEntry> Entries { get; init; }

    public static readonly IReadOnlySet<string> MatchKinds =
        new HashSet<string> { "offence-code", "offence-subgroup", "offence-group" };

    /// <summary>The entries that make this offence serious; empty when it is not.</summary>
    public IEnumerable<PolicyEntry> EntriesFor(Offence offence) => Entries.Where(e => e.Matches(offence));

    public bool IsSerious(Offence offence) => Entries.Any(e => e.Matches(offence));

    public static SeriousnessPolicy Load(string path)
    {
        PolicyFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), PolicyJson.Default.PolicyFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message}).", e);
        }
        if (file is null || string.IsNullOrWhiteSpace(file.Version))
            throw new InvalidDataException($"{path}: 'version' is missing; every edit of the policy needs a new version.");
        var entries = file.Entries ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var where = $"{path}: entry {i + 1} ('{e.Value}')";
            // Crime types are too coarse to flag by hand: their bounds come from the Home Office codes they hold.
            if (e.Match == "crime-type")
                throw new InvalidDataException($"{where}: 'crime-type' entries are no longer read (since policy 2026-12-03.1): serious counts for " +
                    "data.police.uk crime types are computed from the Home Office codes each type holds " +
                    "(data/reference/home-office-offence-categories.csv); flag the Home Office codes instead and remove this entry.");
            if (!MatchKinds.Contains(e.Match ?? ""))
                throw new InvalidDataException($"{where}: 'match' is '{e.Match}'; expected one of {string.Join(", ", MatchKinds)}.");
            if (string.IsNullOrWhiteSpace(e.Value)) throw new InvalidDataException($"{where}: 'value' is empty.");
            if (string.IsNullOrWhiteSpace(e.Reason)) throw new InvalidDataException($"{where}: every entry needs a 'reason'.");
        }
        return new SeriousnessPolicy
        {
            Version = file.Version,
            Title = file.Title ?? "Seriousness policy",
            Summary = file.Summary ?? "",
            Sources = file.Sources ?? [],
            Entries = entries.Select(e => new PolicyEntry(e.Match!, e.Value!.Trim(), e.Reason!.Trim())).ToList(),
        };
    }

    /// <summary>The file's shape, read by source-generated code: reflection-based reading cost 60 ms of every start.</summary>
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip)]
    [JsonSerializable(typeof(PolicyFile))]
    internal sealed partial class PolicyJson : JsonSerializerContext;

    internal sealed class PolicyFile
    {
        public string? Version { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public List<string>? Sources { get; set; }
        public List<EntryFile>? Entries { get; set; }
    }

    internal sealed class EntryFile
    {
        public string? Match { get; set; }
        public string? Value { get; set; }
        public string? Reason { get; set; }
        [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
    }
}
