using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values.Aggregation;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>One aggregate column: the function folds the evaluated arguments per group; the result goes into the slot.</summary>
public sealed record AggregationItem(int Slot, string Name, AggregateFunction Function, RowExpression[] Arguments, bool IsDistinct)
{
    public override string ToString() =>
        Arguments.Length == 0 && Function.MaxArity == 0
            ? "count(*)"
            : $"{Function.Name}({(IsDistinct ? "DISTINCT " : string.Empty)}{string.Join(", ", Arguments.Select(a => a.ToString()))})";
}
