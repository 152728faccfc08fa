using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>WHERE id(n) = x or id(n) IN [...]: the nodes with those ids that exist, without a scan.</summary>
public sealed class NodeByIdSeek(int slot, string variable, RowExpression ids) : Operator
{
    private readonly List<int> _found = [];
    private int _next;

    public override string Name => "NodeByIdSeek";

    public override string Details => $"({variable}) id {ids}";

    protected override void Reset(QueryContext context)
    {
        _found.Clear();
        _next = 0;
        CypherValue value = ids.Evaluate(context);
        if (value.Kind == CypherValueKind.List)
        {
            foreach (CypherValue item in value.AsList)
            {
                Add(context, item);
            }
        }
        else
        {
            Add(context, value);
        }
    }

    protected override bool Produce(QueryContext context)
    {
        if (_next >= _found.Count)
        {
            return false;
        }

        context.Row[slot] = CypherValue.Node(_found[_next++]);
        return true;
    }

    private void Add(QueryContext context, CypherValue id)
    {
        if (id.Kind == CypherValueKind.Integer && id.AsInteger >= 0 && id.AsInteger < context.Reader.NodeCount
            && context.Reader.NodeExists((int)id.AsInteger) && !_found.Contains((int)id.AsInteger))
        {
            _found.Add((int)id.AsInteger);
        }
    }
}
