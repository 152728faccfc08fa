using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Both ends already bound: one row per relationship between them (parallel relationships each count).</summary>
public sealed class ExpandInto(Operator input, ExpandSpec step) : StepOperator(input, step)
{
    private bool _loaded;
    private int _target;

    public override string Name => "ExpandInto";

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
                    if (neighbour == _target)
                    {
                        BindRelationship(row, CypherValue.Relationship(relationship));
                        return true;
                    }
                }
            }

            if (!Input.Next(context))
            {
                return false;
            }

            CypherValue to = row[Step.ToSlot];
            _loaded = !to.IsNull && LoadFrom(context);
            _target = _loaded ? to.AsNodeId : -1;
        }
    }
}
