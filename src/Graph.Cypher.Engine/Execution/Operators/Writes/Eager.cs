using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// Pulls every input row (a full copy of the row each) before yielding the first, so that the
/// reads below it finish before the writes above it start: <c>MATCH (n) CREATE (m)</c> must not
/// match its own new nodes, nor <c>MATCH (a)-[r]-(b) DELETE r, a, b</c> lose rows to its deletes.
/// </summary>
public sealed class Eager(Operator input) : Operator(input)
{
    private RowBuffer? _rows;
    private int _next = -1;

    public override string Name => "Eager";

    protected override void Reset(QueryContext context)
    {
        if (_rows is null || _rows.Width != context.Row.Length)
        {
            _rows = new RowBuffer(context.Row.Length);
        }

        _rows.Clear();
        _next = -1;
    }

    protected override bool Produce(QueryContext context)
    {
        RowBuffer rows = _rows!;
        if (_next < 0)
        {
            while (input.Next(context))
            {
                rows.Append(context.Row);
            }

            _next = 0;
        }

        if (_next >= rows.Count)
        {
            return false;
        }

        rows.Row(_next++).CopyTo(context.Row);
        return true;
    }

    /// <summary>Drops the buffered rows, which may hold large values, once the query is over.</summary>
    protected override void Release() => _rows?.Clear();
}
