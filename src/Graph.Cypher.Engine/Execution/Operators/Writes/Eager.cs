using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// Pulls every input row (a full copy of the row each) before yielding the first, so that the
/// reads below it finish before the writes above it start: <c>MATCH (n) CREATE (m)</c> must not
/// match its own new nodes, nor <c>MATCH (a)-[r]-(b) DELETE r, a, b</c> lose rows to its deletes.
/// With <paramref name="drainOnOpen"/> (only for the top-level pipeline, never under an Apply) the
/// input is drained when the query opens, so writes below happen even if a LIMIT 0 above never pulls.
/// </summary>
public sealed class Eager(Operator input, bool drainOnOpen = false) : Operator(input)
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
        if (drainOnOpen)
        {
            Drain(context);
        }
    }

    protected override bool Produce(QueryContext context)
    {
        RowBuffer rows = _rows!;
        if (_next < 0)
        {
            Drain(context);
        }

        if (_next >= rows.Count)
        {
            return false;
        }

        rows.Row(_next++).CopyTo(context.Row);
        return true;
    }

    private void Drain(QueryContext context)
    {
        while (input.Next(context))
        {
            _rows!.Append(context.Row);
        }

        _next = 0;
    }

    /// <summary>Drops the buffered rows, which may hold large values, once the query is over.</summary>
    protected override void Release() => _rows?.Clear();
}
