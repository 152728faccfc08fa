using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Loading.Loading;
using Graph.Storage;

namespace Graph.Cli.Commands;

/// <summary>A store's figures, read from a read-only snapshot.</summary>
public sealed record StoreStatistics(
    string Path,
    long Version,
    long Nodes,
    long Relationships,
    long BytesOnDisk,
    IReadOnlyList<KeyValuePair<string, long>> NodesByLabel,
    IReadOnlyList<KeyValuePair<string, long>> RelationshipsByType,
    [property: JsonIgnore] string? LastLoadJson)
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public LoadSummary? LastLoad => LoadSummary.FromJson(LastLoadJson);

    public static StoreStatistics Read(string storePath)
    {
        var graph = GraphStore.OpenReadOnly(storePath, StoreOptions.Default);
        var byLabel = new List<KeyValuePair<string, long>>();
        for (var l = 0; l < graph.Labels.Count; l++)
        {
            byLabel.Add(new(graph.Labels[l], graph.NodesWithLabel(l).Length));
        }

        var byType = new long[graph.RelationshipTypes.Count];
        for (var r = 0; r < graph.RelationshipCount; r++)
        {
            byType[graph.RelationshipType(r)]++;
        }

        var bytes = new DirectoryInfo(storePath).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return new StoreStatistics(
            storePath,
            graph.Version,
            graph.NodeCount,
            graph.RelationshipCount,
            bytes,
            [.. byLabel.OrderByDescending(p => p.Value)],
            [.. graph.RelationshipTypes.Select((t, i) => new KeyValuePair<string, long>(t, byType[i])).OrderByDescending(p => p.Value)],
            graph.GetMeta(LoadSummary.MetaKey));
    }
}
