namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>CREATE: creates the pattern once per input row and passes the row on with the new elements in their slots.</summary>
public sealed class Create(Operator input, CreatePattern pattern) : Operator(input)
{
    public CreatePattern Pattern => pattern;

    public override string Name => "Create";

    public override string Details => pattern.ToString();

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        if (!input.Next(context))
        {
            return false;
        }

        pattern.Apply(context, merging: false);
        return true;
    }
}
