using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Values;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// size([(n)-[:T]->(m) | m]) where the far node and the relationship are unconstrained: the number of matches is the
/// node's degree over those types in that direction, read from the adjacency instead of walked. Null for a null node.
/// </summary>
public sealed class NodeDegree(int slot, RelationshipTypes types, Direction direction, string text) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue node = context.Row[slot];
        if (node.IsNull)
        {
            return CypherValue.Null;
        }

        IGraphReader reader = context.Reader;
        int[] typeIds = types.Resolve(reader);
        long degree = 0;
        for (int i = 0; i < typeIds.Length; i++)
        {
            degree += reader.Degree(node.AsNodeId, typeIds[i], direction);
        }

        return CypherValue.Integer(degree);
    }

    public override string ToString() => text;
}
