namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>The leaf of an Apply's inner side: one row per open, the outer row as it stands.</summary>
public sealed class Argument : Operator
{
    private bool _done;

    public override string Name => "Argument";

    protected override void Reset(QueryContext context) => _done = false;

    protected override bool Produce(QueryContext context)
    {
        if (_done)
        {
            return false;
        }

        _done = true;
        return true;
    }
}
