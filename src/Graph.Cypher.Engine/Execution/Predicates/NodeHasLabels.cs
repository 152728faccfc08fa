using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>A pattern's label test on a bound node slot: (n:A:B). Label ids resolve once per reader.</summary>
public sealed class NodeHasLabels(int slot, string variable, string[] labels) : RowExpression
{
    private object? _resolvedFor;
    private int[] _ids = [];

    public override CypherValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_resolvedFor, context.Reader))
        {
            _ids = new int[labels.Length];
            for (int i = 0; i < labels.Length; i++)
            {
                _ids[i] = context.Reader.LabelId(labels[i]);
            }

            _resolvedFor = context.Reader;
        }

        CypherValue node = context.Row[slot];
        if (node.Kind != CypherValueKind.Node)
        {
            return CypherValue.False;
        }

        for (int i = 0; i < _ids.Length; i++)
        {
            if (_ids[i] < 0 || !context.Reader.HasLabel(node.AsNodeId, _ids[i]))
            {
                return CypherValue.False;
            }
        }

        return CypherValue.True;
    }

    public override string ToString() => $"{variable}:{string.Join(':', labels)}";
}
