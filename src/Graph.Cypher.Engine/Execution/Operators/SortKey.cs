using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>One ORDER BY item.</summary>
public readonly record struct SortKey(RowExpression Expression, bool Descending = false)
{
    public override string ToString() => Descending ? Expression + " DESC" : Expression.ToString();
}
