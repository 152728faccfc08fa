namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Materializes its input, then emits it in key order.</summary>
public sealed class Sort(Operator input, params SortKey[] keys) : Operator(input)
{
    private SortedRows? _rows;
    private int[] _order = [];
    private int _next = -1;

    public override string Name => "Sort";

    public override string Details => string.Join(", ", keys);

    protected override void Reset(QueryContext context)
    {
        _rows ??= new SortedRows(keys, context.Row.Length);
        _rows.Clear();
        _next = -1;
    }

    protected override bool Produce(QueryContext context)
    {
        if (_next < 0)
        {
            int sequence = 0;
            while (input.Next(context))
            {
                _rows!.Add(context, sequence++);
            }

            _order = new int[_rows!.Count];
            for (int i = 0; i < _order.Length; i++)
            {
                _order[i] = i;
            }

            Array.Sort(_order, _rows);
            _next = 0;
        }

        if (_next >= _order.Length)
        {
            return false;
        }

        _rows!.CopyOut(_order[_next++], context.Row);
        return true;
    }
}
