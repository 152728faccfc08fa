namespace Graph.Loading.Resolution;

/// <summary>Interns strings to dense ints so evidence tables hold ints, not millions of string references twice.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];

    public int Count => _values.Count;

    public string this[int id] => _values[id];

    public int Intern(string value)
    {
        if (_ids.TryGetValue(value, out var id))
        {
            return id;
        }

        id = _values.Count;
        _ids.Add(value, id);
        _values.Add(value);
        return id;
    }

    /// <summary>The id of a value already interned, or -1.</summary>
    public int Find(string value) => _ids.TryGetValue(value, out var id) ? id : -1;
}
