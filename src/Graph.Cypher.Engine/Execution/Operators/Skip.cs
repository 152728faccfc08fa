namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Drops the first rows.</summary>
public sealed class Skip(Operator input, RowCount count) : Operator(input)
{
    private long _skipped;
    private long _count;

    public override string Name => "Skip";

    public override string Details => count.ToString();

    protected override void Reset(QueryContext context)
    {
        _skipped = 0;
        _count = count.Resolve(context);
    }

    protected override bool Produce(QueryContext context)
    {
        while (_skipped < _count)
        {
            if (!input.Next(context))
            {
                return false;
            }

            _skipped++;
        }

        return input.Next(context);
    }
}
