using Graph.Cypher.Engine.Execution.Operators;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// Adds up the row estimates of a plan's operators: every row an operator produces is work done once, whichever
/// operator produced it, so the sum ranks queries by cost better than the root's estimate alone (an aggregation's
/// few output rows hide the millions it read). Unknown estimates count as nothing.
/// </summary>
internal static class PlanWork
{
    public static double Of(Operator root)
    {
        double work = 0;
        var pending = new Stack<Operator>();
        pending.Push(root);
        while (pending.TryPop(out Operator? op))
        {
            if (!double.IsNaN(op.EstimatedRows))
            {
                work += op.EstimatedRows;
            }

            foreach (Operator child in op.Children)
            {
                pending.Push(child);
            }
        }

        return work;
    }
}
