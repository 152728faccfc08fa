using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Rules;

namespace Graph.Rings.Hits;

/// <summary>
/// Rule hits saved as JSON lines (one hit per line, the <see cref="RuleHit"/> contract's fields), so that ring
/// detection can be rerun, tuned or explained without running every rule again. Node ids in the file are valid
/// for the store version the rules ran on, which the first line records.
/// </summary>
public static class HitFile
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, long storeVersion, IEnumerable<RuleHit> hits)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(JsonSerializer.Serialize(new Header(storeVersion), Json));
        foreach (RuleHit hit in hits)
        {
            writer.WriteLine(JsonSerializer.Serialize(hit, Json));
        }
    }

    /// <summary>The hits and the store version they were found on.</summary>
    public static (long StoreVersion, IReadOnlyList<RuleHit> Hits) Read(string path)
    {
        using var reader = new StreamReader(path);
        string? first = reader.ReadLine();
        long version = first is null ? 0 : JsonSerializer.Deserialize<Header>(first, Json)?.StoreVersion ?? 0;
        var hits = new List<RuleHit>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && JsonSerializer.Deserialize<RuleHit>(line, Json) is { } hit)
            {
                hits.Add(hit);
            }
        }

        return (version, hits);
    }

    private sealed record Header(long StoreVersion);
}
