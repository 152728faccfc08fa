using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>The relationship list of a shortest path, for the [r*] variable of shortestPath((a)-[r*]-(b)).</summary>
public sealed class PathRelationships(int pathSlot) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue path = context.Row[pathSlot];
        if (path.Kind != CypherValueKind.Path)
        {
            return CypherValue.Null;
        }

        ReadOnlySpan<int> ids = path.AsPath.Relationships;
        var items = new CypherValue[ids.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = CypherValue.Relationship(ids[i]);
        }

        return CypherValue.List(items);
    }

    public override string ToString() => "relationships(path)";
}
