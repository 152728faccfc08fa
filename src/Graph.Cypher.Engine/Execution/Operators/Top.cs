namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// ORDER BY ... LIMIT n without sorting everything: keeps the best n rows in a heap whose root is
/// the worst kept row, so memory is O(n) and each input row costs O(log n).
/// </summary>
public sealed class Top(Operator input, RowCount limit, params SortKey[] keys) : Operator(input)
{
    private SortedRows? _rows;
    private int[] _heap = [];
    private int _next = -1;
    private long _limit;

    public RowCount Count => limit;

    public override string Name => "Top";

    public override string Details => $"{string.Join(", ", keys)} LIMIT {limit}";

    protected override void Reset(QueryContext context)
    {
        _rows ??= new SortedRows(keys, context.Row.Length);
        _rows.Clear();
        _next = -1;
        _limit = limit.Resolve(context);
    }

    protected override bool Produce(QueryContext context)
    {
        if (_next < 0)
        {
            Fill(context);
            _next = 0;
        }

        if (_next >= _heap.Length)
        {
            return false;
        }

        _rows!.CopyOut(_heap[_next++], context.Row);
        return true;
    }

    private void Fill(QueryContext context)
    {
        int capacity = (int)Math.Min(_limit, 1 << 20);
        var heap = new int[capacity];
        int size = 0;
        int sequence = 0;
        while (capacity > 0 && input.Next(context))
        {
            if (size < capacity)
            {
                heap[size] = _rows!.Add(context, sequence++);
                SiftUp(heap, size++);
            }
            else
            {
                _rows!.EvaluateKeys(context);
                if (_rows.ScratchBefore(heap[0]))
                {
                    _rows.Replace(heap[0], context, sequence);
                    SiftDown(heap, size);
                }

                sequence++;
            }
        }

        _heap = heap.AsSpan(0, size).ToArray();
        Array.Sort(_heap, _rows);
    }

    // Max-heap by sort order: the root is the row that would come last.
    private void SiftUp(int[] heap, int index)
    {
        while (index > 0)
        {
            int parent = (index - 1) / 2;
            if (_rows!.Compare(heap[index], heap[parent]) <= 0)
            {
                return;
            }

            (heap[index], heap[parent]) = (heap[parent], heap[index]);
            index = parent;
        }
    }

    private void SiftDown(int[] heap, int size)
    {
        int index = 0;
        while (true)
        {
            int largest = index;
            int left = (2 * index) + 1;
            if (left < size && _rows!.Compare(heap[left], heap[largest]) > 0)
            {
                largest = left;
            }

            if (left + 1 < size && _rows!.Compare(heap[left + 1], heap[largest]) > 0)
            {
                largest = left + 1;
            }

            if (largest == index)
            {
                return;
            }

            (heap[index], heap[largest]) = (heap[largest], heap[index]);
            index = largest;
        }
    }
}
