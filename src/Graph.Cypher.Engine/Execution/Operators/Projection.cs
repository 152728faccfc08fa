using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Computes expressions into slots. All values are evaluated before any is stored, so a
/// projection may swap variables between slots (WITH a AS b, b AS a).
/// </summary>
public sealed class Projection(Operator input, params ProjectionItem[] items) : Operator(input)
{
    private readonly CypherValue[] _scratch = new CypherValue[items.Length];

    public IReadOnlyList<ProjectionItem> Items => items;

    public override string Name => "Projection";

    public override string Details
    {
        get
        {
            var parts = new string[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                parts[i] = $"{items[i].Expression} AS {items[i].Name}";
            }

            return string.Join(", ", parts);
        }
    }

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        if (!input.Next(context))
        {
            return false;
        }

        for (int i = 0; i < items.Length; i++)
        {
            _scratch[i] = items[i].Expression.Evaluate(context);
        }

        for (int i = 0; i < items.Length; i++)
        {
            context.Row[items[i].Slot] = _scratch[i];
        }

        return true;
    }
}
