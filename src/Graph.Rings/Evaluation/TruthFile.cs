using System.Text.Json;

namespace Graph.Rings.Evaluation;

/// <summary>
/// The generator's ground truth (<c>DIR.truth.json</c>, format in src/Graph.Generation/README.md): the planted
/// rings with their members and records, and the honest look-alikes (traps). Other fields are ignored, so
/// truth from another generator in the same shape reads too.
/// </summary>
public sealed record TruthFile(IReadOnlyList<TruthRing> Rings, IReadOnlyList<TruthTrap> Traps)
{
    public static TruthFile Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Read(stream);
    }

    public static TruthFile Read(Stream stream)
    {
        using JsonDocument document = JsonDocument.Parse(stream);
        JsonElement root = document.RootElement;
        var rings = new List<TruthRing>();
        if (root.TryGetProperty("rings", out JsonElement ringArray))
        {
            foreach (JsonElement ring in ringArray.EnumerateArray())
            {
                rings.Add(new TruthRing(
                    Text(ring, "id") ?? $"ring{rings.Count + 1}",
                    Text(ring, "model") ?? "unknown",
                    Strings(ring, "signals"),
                    Entities(ring, "members"),
                    Records(ring)));
            }
        }

        var traps = new List<TruthTrap>();
        if (root.TryGetProperty("traps", out JsonElement trapArray))
        {
            foreach (JsonElement trap in trapArray.EnumerateArray())
            {
                traps.Add(new TruthTrap(Text(trap, "kind") ?? "unknown", Text(trap, "description") ?? "", Entities(trap, "entities")));
            }
        }

        return new TruthFile(rings, traps);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    private static List<TruthEntity> Entities(JsonElement element, string name)
    {
        var result = new List<TruthEntity>();
        if (element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement e in array.EnumerateArray())
            {
                string kind = Text(e, "kind") ?? "person";
                string nameText = Text(e, "name") ?? "";
                string? id = Text(e, "id");
                result.Add(new TruthEntity(Text(e, "entity") ?? $"{kind}:{id ?? nameText}", kind, nameText, id));
            }
        }

        return result;
    }

    private static List<TruthRecord> Records(JsonElement ring) =>
        ring.TryGetProperty("records", out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(r => new TruthRecord(Text(r, "kind") ?? "", Text(r, "key") ?? ""))]
            : [];
}
