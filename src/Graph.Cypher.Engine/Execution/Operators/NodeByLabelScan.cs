using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>The nodes carrying one label, from the snapshot's per-label list.</summary>
public sealed class NodeByLabelScan(int slot, string variable, string label) : Operator
{
    private int _labelId;
    private int _next;

    public int Slot => slot;

    public string Label => label;

    public override string Name => "NodeByLabelScan";

    public override string Details => $"({variable}:{label})";

    protected override void Reset(QueryContext context)
    {
        _labelId = context.Reader.LabelId(label);
        _next = 0;
    }

    protected override bool Produce(QueryContext context)
    {
        ReadOnlySpan<int> nodes = context.Reader.NodesWithLabel(_labelId);
        if (_next >= nodes.Length)
        {
            return false;
        }

        context.Row[slot] = CypherValue.Node(nodes[_next++]);
        return true;
    }
}
