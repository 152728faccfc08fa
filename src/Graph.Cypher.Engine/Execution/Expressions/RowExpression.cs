using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>An expression evaluated against the current row; evaluation must not allocate for scalar results.</summary>
public abstract class RowExpression
{
    public abstract CypherValue Evaluate(QueryContext context);

    /// <summary>The expression as EXPLAIN shows it.</summary>
    public abstract override string ToString();
}
