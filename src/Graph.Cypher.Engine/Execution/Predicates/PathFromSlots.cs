using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>
/// A named path p = (a)-[r]->(b)-[rs*]->(c) built from the slots of its start node and its steps
/// (a single relationship or a variable-length list); the nodes in between are the far ends
/// followed step by step, so var-length steps need no extra slots.
/// </summary>
public sealed class PathFromSlots(string name, int startSlot, int[] stepSlots) : RowExpression
{
    private readonly List<int> _nodes = [];
    private readonly List<int> _relationships = [];

    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue start = context.Row[startSlot];
        if (start.Kind != CypherValueKind.Node)
        {
            return CypherValue.Null;
        }

        _nodes.Clear();
        _relationships.Clear();
        int current = start.AsNodeId;
        _nodes.Add(current);
        for (int i = 0; i < stepSlots.Length; i++)
        {
            CypherValue step = context.Row[stepSlots[i]];
            if (step.Kind == CypherValueKind.Relationship)
            {
                current = Follow(context, current, step.AsRelationshipId);
            }
            else if (step.Kind == CypherValueKind.List)
            {
                foreach (CypherValue item in step.AsList)
                {
                    current = Follow(context, current, item.AsRelationshipId);
                }
            }
            else
            {
                return CypherValue.Null;
            }
        }

        return CypherValue.Path(new CypherPath([.. _nodes], [.. _relationships]));
    }

    public override string ToString() => name;

    private int Follow(QueryContext context, int from, int relationship)
    {
        int start = context.Reader.StartNode(relationship);
        int next = start == from ? context.Reader.EndNode(relationship) : start;
        _relationships.Add(relationship);
        _nodes.Add(next);
        return next;
    }
}
