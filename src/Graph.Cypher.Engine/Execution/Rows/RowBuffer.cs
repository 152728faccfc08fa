using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Rows;

/// <summary>Materialized rows of a fixed width in one flat array, so buffering rows costs no object per row.</summary>
internal sealed class RowBuffer
{
    private CypherValue[] _values;

    public RowBuffer(int width, int capacity = 16)
    {
        Width = width;
        _values = new CypherValue[Math.Max(1, width * capacity)];
    }

    public int Width { get; }

    public int Count { get; private set; }

    public void Clear()
    {
        Array.Clear(_values, 0, Count * Width);
        Count = 0;
    }

    /// <summary>Appends the given slots of a row, in order.</summary>
    public int Append(CypherValue[] row, int[] slots)
    {
        Span<CypherValue> target = Reserve();
        for (int i = 0; i < slots.Length; i++)
        {
            target[i] = row[slots[i]];
        }

        return Count - 1;
    }

    public int Append(ReadOnlySpan<CypherValue> values)
    {
        values.CopyTo(Reserve());
        return Count - 1;
    }

    public Span<CypherValue> Row(int index) => _values.AsSpan(index * Width, Width);

    /// <summary>Writes a stored row back into the given slots of the live row.</summary>
    public void Restore(int index, CypherValue[] row, int[] slots)
    {
        ReadOnlySpan<CypherValue> stored = Row(index);
        for (int i = 0; i < slots.Length; i++)
        {
            row[slots[i]] = stored[i];
        }
    }

    private Span<CypherValue> Reserve()
    {
        if ((Count + 1) * Width > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(_values.Length * 2, (Count + 1) * Width));
        }

        Count++;
        return Row(Count - 1);
    }
}
