using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Loading.Resolution;

namespace Graph.Loading.Loading;

/// <summary>What a load did; also kept in the store's metadata under <see cref="MetaKey"/> for <c>graph stats</c>.</summary>
public sealed record LoadSummary(
    string Dataset,
    DateTimeOffset StartedAt,
    TimeSpan Elapsed,
    IReadOnlyList<FileLoadSummary> Files,
    long NodesBefore,
    long NodesAfter,
    long RelationshipsBefore,
    long RelationshipsAfter,
    long Batches,
    ResolutionSummary Resolution,
    string RejectsPath,
    long Rejects,
    long Warnings,
    IReadOnlyDictionary<string, long> IssuesByCode)
{
    public const string MetaKey = "load.last";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public long RowsRead => Files.Sum(f => f.RowsRead);

    public long RowsLoaded => Files.Sum(f => f.RowsLoaded);

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsRead / Elapsed.TotalSeconds : 0;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The summary kept by the last load, or null when the store has none (or an unreadable one).</summary>
    public static LoadSummary? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LoadSummary>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
