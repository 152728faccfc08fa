using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Whole rows plus their evaluated sort keys, for Sort and Top. Ties keep input order, as ORDER BY
/// on equal keys is expected to be stable.
/// </summary>
internal sealed class SortedRows : IComparer<int>
{
    private readonly SortKey[] _keys;
    private readonly RowBuffer _rows;
    private readonly RowBuffer _keyValues;
    private readonly CypherValue[] _scratch;
    private int[] _sequence = new int[16];

    public SortedRows(SortKey[] keys, int width)
    {
        _keys = keys;
        _rows = new RowBuffer(width);
        _keyValues = new RowBuffer(keys.Length);
        _scratch = new CypherValue[keys.Length];
    }

    public int Count => _rows.Count;

    public void Clear()
    {
        _rows.Clear();
        _keyValues.Clear();
    }

    public int Add(QueryContext context, int sequence)
    {
        EvaluateKeys(context);
        _keyValues.Append(_scratch);
        int index = _rows.Append(context.Row);
        if (index >= _sequence.Length)
        {
            Array.Resize(ref _sequence, _sequence.Length * 2);
        }

        _sequence[index] = sequence;
        return index;
    }

    /// <summary>Overwrites a stored row (Top's heap replaces its worst entry).</summary>
    public void Replace(int index, QueryContext context, int sequence)
    {
        _scratch.CopyTo(_keyValues.Row(index));
        context.Row.CopyTo(_rows.Row(index));
        _sequence[index] = sequence;
    }

    /// <summary>Evaluates the current row's keys into the scratch, for comparing before storing.</summary>
    public void EvaluateKeys(QueryContext context)
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            _scratch[i] = _keys[i].Expression.Evaluate(context);
        }
    }

    /// <summary>Whether the scratch keys order before the stored row.</summary>
    public bool ScratchBefore(int index) => CompareKeys(_scratch, _keyValues.Row(index)) < 0;

    public void CopyOut(int index, CypherValue[] row) => _rows.Row(index).CopyTo(row);

    public int Compare(int x, int y)
    {
        int order = CompareKeys(_keyValues.Row(x), _keyValues.Row(y));
        return order != 0 ? order : _sequence[x].CompareTo(_sequence[y]);
    }

    private int CompareKeys(ReadOnlySpan<CypherValue> left, ReadOnlySpan<CypherValue> right)
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            int order = CypherOrder.Instance.Compare(left[i], right[i]);
            if (order != 0)
            {
                return _keys[i].Descending ? -order : order;
            }
        }

        return 0;
    }
}
