namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// EXISTS / pattern predicates: keeps a left row when the right side produces at least one row
/// for it (or, negated as AntiSemiApply, none); stops the right side at its first row.
/// </summary>
public sealed class SemiApply(Operator left, Operator right, bool anti = false) : Operator(left, right)
{
    public override string Name => anti ? "AntiSemiApply" : "SemiApply";

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        while (left.Next(context))
        {
            right.Open(context);
            if (right.Next(context) != anti)
            {
                return true;
            }
        }

        return false;
    }
}
