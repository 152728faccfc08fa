using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Every live node of the snapshot, ascending.</summary>
public sealed class AllNodesScan(int slot, string variable) : Operator
{
    private int _next;

    public int Slot => slot;

    public override string Name => "AllNodesScan";

    public override string Details => $"({variable})";

    protected override void Reset(QueryContext context) => _next = 0;

    protected override bool Produce(QueryContext context)
    {
        // Deleted nodes keep their ids as tombstones; skip them.
        while (_next < context.Reader.NodeCount && !context.Reader.NodeExists(_next))
        {
            _next++;
        }

        if (_next >= context.Reader.NodeCount)
        {
            return false;
        }

        context.Row[slot] = CypherValue.Node(_next++);
        return true;
    }
}
