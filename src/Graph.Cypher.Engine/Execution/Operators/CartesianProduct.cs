using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Every left row with every right row. The right side (independent of the left) is run once
/// and its slots buffered; each left row then replays the buffer.
/// </summary>
public sealed class CartesianProduct(Operator left, Operator right, params int[] rightSlots) : Operator(left, right)
{
    private readonly RowBuffer _right = new(rightSlots.Length);
    private bool _buffered;
    private bool _haveLeft;
    private int _next;

    public override string Name => "CartesianProduct";

    protected override void Reset(QueryContext context)
    {
        _right.Clear();
        _buffered = false;
        _haveLeft = false;
    }

    protected override bool Produce(QueryContext context)
    {
        if (!_buffered)
        {
            while (right.Next(context))
            {
                _right.Append(context.Row, rightSlots);
            }

            _buffered = true;
        }

        if (_right.Count == 0)
        {
            return false;
        }

        if (!_haveLeft || _next >= _right.Count)
        {
            if (!left.Next(context))
            {
                return false;
            }

            _haveLeft = true;
            _next = 0;
        }

        _right.Restore(_next++, context.Row, rightSlots);
        return true;
    }
}
