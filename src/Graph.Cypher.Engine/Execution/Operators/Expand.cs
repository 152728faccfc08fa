using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>For each input row, one row per relationship of the bound node: binds the relationship and the node at its other end.</summary>
public sealed class Expand(Operator input, ExpandSpec step) : Operator(input)
{
    private readonly NeighbourCursor _cursor = new();
    private int[] _types = [];
    private bool _loaded;

    public ExpandSpec Step => step;

    public override string Name => "Expand";

    public override string Details => step.ToString();

    protected override void Reset(QueryContext context)
    {
        _types = step.Types.Resolve(context.Reader);
        _loaded = false;
    }

    protected override bool Produce(QueryContext context)
    {
        CypherValue[] row = context.Row;
        while (true)
        {
            if (_loaded && _cursor.MoveNext(out int neighbour, out int relationship))
            {
                row[step.ToSlot] = CypherValue.Node(neighbour);
                if (step.RelationshipSlot >= 0)
                {
                    row[step.RelationshipSlot] = CypherValue.Relationship(relationship);
                }

                return true;
            }

            if (!input.Next(context))
            {
                return false;
            }

            CypherValue from = row[step.FromSlot];
            _loaded = !from.IsNull;
            if (_loaded)
            {
                _cursor.Load(context.Reader, from.AsNodeId, _types, step.Direction);
            }
        }
    }
}
