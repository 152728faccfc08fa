using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>STARTS WITH, ENDS WITH, CONTAINS: ordinal, and null unless both sides are strings.</summary>
public sealed class StringPredicate(StringPredicateOperator op, RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => Compute(op, left.Evaluate(context), right.Evaluate(context));

    public static CypherValue Compute(StringPredicateOperator op, CypherValue text, CypherValue part) => op switch
    {
        StringPredicateOperator.StartsWith => CypherStringPredicates.StartsWith(text, part),
        StringPredicateOperator.EndsWith => CypherStringPredicates.EndsWith(text, part),
        _ => CypherStringPredicates.Contains(text, part),
    };

    public override string ToString() => op switch
    {
        StringPredicateOperator.StartsWith => $"{left} STARTS WITH {right}",
        StringPredicateOperator.EndsWith => $"{left} ENDS WITH {right}",
        _ => $"{left} CONTAINS {right}",
    };
}
