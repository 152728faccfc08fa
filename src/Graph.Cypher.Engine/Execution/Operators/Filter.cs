using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Keeps rows whose predicate is true (not false, not null).</summary>
public sealed class Filter(Operator input, RowExpression predicate) : Operator(input)
{
    public override string Name => "Filter";

    public override string Details => predicate.ToString();

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        while (input.Next(context))
        {
            if (predicate.Evaluate(context).IsTrueValue())
            {
                return true;
            }
        }

        return false;
    }
}
