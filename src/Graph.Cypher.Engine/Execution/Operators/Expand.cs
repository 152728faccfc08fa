using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>For each input row, one row per relationship of the bound node: binds the relationship and the node at its other end.</summary>
public sealed class Expand(Operator input, ExpandSpec step) : StepOperator(input, step)
{
    private bool _loaded;

    public override string Name => "Expand";

    protected override void ResetStep() => _loaded = false;

    protected override bool Produce(QueryContext context)
    {
        CypherValue[] row = context.Row;
        while (true)
        {
            if (_loaded && Cursor.MoveNext(out int neighbour, out int relationship))
            {
                row[Step.ToSlot] = CypherValue.Node(neighbour);
                BindRelationship(row, CypherValue.Relationship(relationship));
                return true;
            }

            if (!Input.Next(context))
            {
                return false;
            }

            _loaded = LoadFrom(context);
        }
    }
}
