namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>UNION ALL: the left rows, then the right rows, both written to the same slots. UNION is this under Distinct.</summary>
public sealed class Union(Operator left, Operator right) : Operator(left, right)
{
    private bool _leftDone;

    public override string Name => "Union";

    protected override void Reset(QueryContext context) => _leftDone = false;

    protected override bool Produce(QueryContext context)
    {
        if (!_leftDone)
        {
            if (left.Next(context))
            {
                return true;
            }

            _leftDone = true;
        }

        return right.Next(context);
    }
}
