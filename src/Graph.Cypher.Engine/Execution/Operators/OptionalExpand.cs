using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// OPTIONAL MATCH of one step: like <see cref="Expand"/>, but an input row with no matching
/// relationship (after the optional predicate) comes out once with the new slots null.
/// </summary>
public sealed class OptionalExpand(Operator input, ExpandSpec step, RowExpression? predicate = null) : StepOperator(input, step)
{
    private bool _loaded;
    private bool _matched;

    public override string Name => "OptionalExpand";

    public override string Details => predicate is null ? Step.ToString() : $"{Step} WHERE {predicate}";

    protected override void ResetStep() => _loaded = false;

    protected override bool Produce(QueryContext context)
    {
        CypherValue[] row = context.Row;
        while (true)
        {
            if (_loaded)
            {
                while (Cursor.MoveNext(out int neighbour, out int relationship))
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

            if (!Input.Next(context))
            {
                return false;
            }

            _matched = false;
            _loaded = LoadFrom(context);
            if (!_loaded)
            {
                Bind(row, CypherValue.Null, CypherValue.Null);
                return true;
            }
        }
    }

    private void Bind(CypherValue[] row, CypherValue node, CypherValue relationship)
    {
        row[Step.ToSlot] = node;
        BindRelationship(row, relationship);
    }
}
