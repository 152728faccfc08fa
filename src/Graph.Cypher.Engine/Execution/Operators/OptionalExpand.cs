using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// OPTIONAL MATCH of one step: like <see cref="Expand"/>, but an input row with no matching
/// relationship (after the optional predicate) comes out once with the new slots null.
/// </summary>
public sealed class OptionalExpand(Operator input, ExpandSpec step, RowExpression? predicate = null) : Operator(input)
{
    private readonly NeighbourCursor _cursor = new();
    private int[] _types = [];
    private bool _loaded;
    private bool _matched;

    public ExpandSpec Step => step;

    public override string Name => "OptionalExpand";

    public override string Details => predicate is null ? step.ToString() : $"{step} WHERE {predicate}";

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
                    Bind(row, CypherValue.Node(neighbour), CypherValue.Relationship(relationship));
                    if (predicate is null || predicate.Evaluate(context).IsTrueValue())
                    {
                        _matched = true;
                        return true;
                    }
                }

                _loaded = false;
                if (!_matched)
                {
                    Bind(row, CypherValue.Null, CypherValue.Null);
                    return true;
                }
            }

            if (!input.Next(context))
            {
                return false;
            }

            CypherValue from = row[step.FromSlot];
            _loaded = true;
            _matched = false;
            if (from.IsNull)
            {
                Bind(row, CypherValue.Null, CypherValue.Null);
                _loaded = false;
                return true;
            }

            _cursor.Load(context.Reader, from.AsNodeId, _types, step.Direction);
        }
    }

    private void Bind(CypherValue[] row, CypherValue node, CypherValue relationship)
    {
        row[step.ToSlot] = node;
        if (step.RelationshipSlot >= 0)
        {
            row[step.RelationshipSlot] = relationship;
        }
    }
}
