using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>n:Label; the label token is resolved once per snapshot.</summary>
public sealed class HasLabel(RowExpression node, string label) : RowExpression
{
    private IGraphReader? _resolvedFor;
    private int _labelId = -1;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Reader))
        {
            _labelId = context.Reader.LabelId(label);
            _resolvedFor = context.Reader;
        }

        CypherValue value = node.Evaluate(context);
        if (value.IsNull)
        {
            return CypherValue.Null;
        }

        return CypherValue.Boolean(_labelId >= 0 && context.Reader.HasLabel(value.AsNodeId, _labelId));
    }

    public override string ToString() => $"{node}:{label}";
}
