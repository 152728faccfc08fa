namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Reruns the right side (whose leaf is an <see cref="Argument"/>) for every left row and yields what it produces.</summary>
public sealed class Apply(Operator left, Operator right) : Operator(left, right)
{
    private bool _rightOpen;

    public override string Name => "Apply";

    protected override void Reset(QueryContext context) => _rightOpen = false;

    protected override bool Produce(QueryContext context)
    {
        while (true)
        {
            if (_rightOpen && right.Next(context))
            {
                return true;
            }

            if (!left.Next(context))
            {
                return false;
            }

            right.Open(context);
            _rightOpen = true;
        }
    }
}
