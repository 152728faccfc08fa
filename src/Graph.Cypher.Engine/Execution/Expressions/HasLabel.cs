using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>n:Label; the label token is resolved once per snapshot.</summary>
public sealed class HasLabel(RowExpression node, string label) : RowExpression
{
    private IGraphReader? _resolvedFor;
    private int _labelId = -1;

    public override SlotValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Reader))
        {
            _labelId = context.Reader.LabelId(label);
            _resolvedFor = context.Reader;
        }

        SlotValue value = node.Evaluate(context);
        if (value.IsNull)
        {
            return SlotValue.Null;
        }

        return SlotValue.From(_labelId >= 0 && context.Reader.HasLabel(value.AsNode, _labelId));
    }

    public override string ToString() => $"{node}:{label}";
}
