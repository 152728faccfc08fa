namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Drops the first rows.</summary>
public sealed class Skip(Operator input, long count) : Operator(input)
{
    private long _skipped;

    public override string Name => "Skip";

    public override string Details => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override void Reset(QueryContext context) => _skipped = 0;

    protected override bool Produce(QueryContext context)
    {
        while (_skipped < count)
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
