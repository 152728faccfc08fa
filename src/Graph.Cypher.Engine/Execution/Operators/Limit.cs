namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Stops after a number of rows without pulling more from its input.</summary>
public sealed class Limit(Operator input, long count) : Operator(input)
{
    private long _produced;

    public override string Name => "Limit";

    public override string Details => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override void Reset(QueryContext context) => _produced = 0;

    protected override bool Produce(QueryContext context)
    {
        if (_produced >= count || !input.Next(context))
        {
            return false;
        }

        _produced++;
        return true;
    }
}
