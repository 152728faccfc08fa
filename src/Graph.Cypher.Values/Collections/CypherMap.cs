using System.Diagnostics.CodeAnalysis;

namespace Graph.Cypher.Values.Collections;

/// <summary>An immutable map from string keys to values; keeps insertion order for stable printing.</summary>
[SuppressMessage("Naming", "CA1710", Justification = "Named after the Cypher type it models.")]
public sealed class CypherMap : IReadOnlyDictionary<string, CypherValue>
{
    private readonly Dictionary<string, CypherValue> _entries;
    private readonly string[] _keys;

    public CypherMap(IEnumerable<KeyValuePair<string, CypherValue>> entries)
    {
        _entries = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var (key, value) in entries)
        {
            if (!_entries.ContainsKey(key))
            {
                keys.Add(key);
            }

            _entries[key] = value;
        }

        _keys = [.. keys];
    }

    public static CypherMap Empty { get; } = new([]);

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<CypherValue> Values => _keys.Select(k => _entries[k]);

    public CypherValue this[string key] => _entries.TryGetValue(key, out var value) ? value : CypherValue.Null;

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, out CypherValue value) => _entries.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, CypherValue>> GetEnumerator() =>
        _keys.Select(k => new KeyValuePair<string, CypherValue>(k, _entries[k])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public static CypherMap Of(params (string Key, CypherValue Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, CypherValue>(e.Key, e.Value)));
}
