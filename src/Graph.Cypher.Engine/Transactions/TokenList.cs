namespace Graph.Cypher.Engine.Transactions;

/// <summary>A snapshot's tokens (labels, types or keys) extended with names the transaction introduces.</summary>
internal sealed class TokenList
{
    private readonly List<string> _names;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public TokenList(IReadOnlyList<string> existing)
    {
        _names = [.. existing];
        for (int i = 0; i < _names.Count; i++)
        {
            _ids[_names[i]] = i;
        }
    }

    public IReadOnlyList<string> Names => _names;

    public int Find(string name) => _ids.TryGetValue(name, out int id) ? id : -1;

    public int GetOrAdd(string name)
    {
        if (!_ids.TryGetValue(name, out int id))
        {
            id = _names.Count;
            _names.Add(name);
            _ids[name] = id;
        }

        return id;
    }
}
