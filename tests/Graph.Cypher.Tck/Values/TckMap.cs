namespace Graph.Cypher.Tck.Values;

/// <summary>A map; key order is kept only for printing, matching ignores it.</summary>
public sealed class TckMap(IReadOnlyList<KeyValuePair<string, TckValue>> entries) : TckValue
{
    public static readonly TckMap Empty = new([]);

    public IReadOnlyList<KeyValuePair<string, TckValue>> Entries { get; } = entries;

    public TckValue? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
