using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>The one node with the writer's natural key (a string expression), or nothing.</summary>
public sealed class NodeByKeySeek(int slot, string variable, RowExpression key) : Operator
{
    private bool _done;

    public override string Name => "NodeByKeySeek";

    public override string Details => $"({variable} key = {key})";

    protected override void Reset(QueryContext context) => _done = false;

    protected override bool Produce(QueryContext context)
    {
        if (_done)
        {
            return false;
        }

        _done = true;
        CypherValue value = key.Evaluate(context);
        int node = value.Kind == CypherValueKind.String ? context.Reader.FindNodeByKey(value.AsString) : -1;
        if (node < 0)
        {
            return false;
        }

        context.Row[slot] = CypherValue.Node(node);
        return true;
    }
}
