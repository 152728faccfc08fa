using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Graph.Records.Rows;

/// <summary>
/// A CSV row's non-empty values by column, read through its file's <see cref="ColumnIndex"/>.
/// Behaves as the dictionary the reader used to build per row: keys in header order, empty values absent.
/// </summary>
internal sealed class RowFields : IReadOnlyDictionary<string, string>
{
    private readonly ColumnIndex _columns;
    private readonly string?[] _values;

    /// <param name="values">One slot per column; null where the row has no value or the column is ignored.</param>
    public RowFields(ColumnIndex columns, string?[] values, int count)
    {
        _columns = columns;
        _values = values;
        Count = count;
    }

    public int Count { get; }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no field '{key}'");

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Key;
            }
        }
    }

    public IEnumerable<string> Values
    {
        get
        {
            foreach (var pair in this)
            {
                yield return pair.Value;
            }
        }
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var position = _columns.Find(key);
        value = position >= 0 ? _values[position] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        var names = _columns.Names;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is { } value)
            {
                yield return new(names[i]!, value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
