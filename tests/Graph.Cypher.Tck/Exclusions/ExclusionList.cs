using System.Text.Json;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Exclusions;

/// <summary>
/// The single list of excluded scenarios (Jint's Test262 settings in spirit): every entry carries a reason and
/// says whether it is temporary or permanent, and a file that breaks that rule is refused outright.
/// </summary>
public sealed class ExclusionList(IReadOnlyList<Exclusion> entries)
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = true,
    };

    public static readonly ExclusionList None = new([]);

    public IReadOnlyList<Exclusion> Entries { get; } = entries;

    public static ExclusionList Load(string path) => Parse(File.ReadAllText(path), path);

    public static ExclusionList Parse(string json, string source = "exclusions")
    {
        var file = JsonSerializer.Deserialize<ExclusionFile>(json, ReadOptions)
            ?? throw new InvalidDataException($"{source}: empty exclusion file");
        var entries = (file.Exclusions ?? []).Select((entry, index) => Validate(entry, $"{source}: exclusion #{index + 1}")).ToList();
        return new ExclusionList(entries);
    }

    public Exclusion? Find(TckScenario scenario) =>
        Entries.FirstOrDefault(entry => entry.Matches(scenario.FeaturePath, scenario.Name, scenario.DisplayName));

    private static Exclusion Validate(ExclusionFileEntry entry, string where)
    {
        if (string.IsNullOrWhiteSpace(entry.Feature))
        {
            throw new InvalidDataException($"{where} has no \"feature\" pattern");
        }

        if (string.IsNullOrWhiteSpace(entry.Reason))
        {
            throw new InvalidDataException($"{where} ({entry.Feature}) has no \"reason\"");
        }

        var kind = entry.Kind?.Trim().ToLowerInvariant() switch
        {
            "temporary" => ExclusionKind.Temporary,
            "permanent" => ExclusionKind.Permanent,
            _ => throw new InvalidDataException($"{where} ({entry.Feature}) needs \"kind\": \"temporary\" or \"permanent\""),
        };
        return new Exclusion(entry.Feature.Trim(), string.IsNullOrWhiteSpace(entry.Scenario) ? null : entry.Scenario.Trim(), entry.Reason.Trim(), kind);
    }
}
