namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Runs its input to the end and yields nothing: the root of a query that ends in an update clause.</summary>
public sealed class Discard(Operator input) : Operator(input)
{
    public override string Name => "Discard";

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        while (input.Next(context))
        {
        }

        return false;
    }
}
