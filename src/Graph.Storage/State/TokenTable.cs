namespace Graph.Storage.State;

/// <summary>Names of labels, relationship types or property keys as small dense ids.</summary>
internal sealed class TokenTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public TokenTable(int limit) => Limit = limit;

    public int Limit { get; }

    public int Count => _names.Count;

    public string this[int id] => _names[id];

    public int Find(string name) => _ids.TryGetValue(name, out int id) ? id : -1;

    public int GetOrAdd(string name)
    {
        if (_ids.TryGetValue(name, out int id))
        {
            return id;
        }

        id = _names.Count;
        _names.Add(name);
        _ids.Add(name, id);
        return id;
    }

    public string[] ToArray() => [.. _names];
}
