namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Stops after a number of rows without pulling more from its input.</summary>
public sealed class Limit(Operator input, RowCount count) : Operator(input)
{
    private long _produced;
    private long _count;

    public RowCount Count => count;

    public override string Name => "Limit";

    public override string Details => count.ToString();

    protected override void Reset(QueryContext context)
    {
        _produced = 0;
        _count = count.Resolve(context);
    }

    protected override bool Produce(QueryContext context)
    {
        if (_produced >= _count || !input.Next(context))
        {
            return false;
        }

        _produced++;
        return true;
    }
}
