using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Both ends already bound: one row per relationship between them (parallel relationships each count).</summary>
public sealed class ExpandInto(Operator input, ExpandSpec step) : Operator(input)
{
    private readonly NeighbourCursor _cursor = new();
    private int[] _types = [];
    private bool _loaded;
    private int _target;

    public override string Name => "ExpandInto";

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
            if (_loaded)
            {
                while (_cursor.MoveNext(out int neighbour, out int relationship))
                {
                    if (neighbour == _target)
                    {
                        if (step.RelationshipSlot >= 0)
                        {
                            row[step.RelationshipSlot] = CypherValue.Relationship(relationship);
                        }

                        return true;
                    }
                }
            }

            if (!input.Next(context))
            {
                return false;
            }

            CypherValue from = row[step.FromSlot];
            CypherValue to = row[step.ToSlot];
            _loaded = !from.IsNull && !to.IsNull;
            if (_loaded)
            {
                _target = to.AsNodeId;
                _cursor.Load(context.Reader, from.AsNodeId, _types, step.Direction);
            }
        }
    }
}
