using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Operators;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// How the expression compiler gets operator trees for the expressions that contain patterns or
/// queries (pattern predicates, pattern comprehensions, EXISTS { }). Each returned tree has an
/// <see cref="Argument"/> leaf: open it under the current row and it yields one row per match,
/// with the pattern's new variables written into their slots (the outer row's slots untouched).
/// </summary>
public interface ISubqueryPlanner
{
    /// <summary>Matches one pattern part (plus an optional WHERE) starting from the variables already bound in the row.</summary>
    Operator PlanPattern(BoundPatternPart pattern, BoundExpression? predicate);

    /// <summary>Matches a whole pattern (several parts) plus an optional WHERE.</summary>
    Operator PlanPattern(BoundPattern pattern, BoundExpression? predicate);

    /// <summary>Runs a nested query (EXISTS { MATCH ... RETURN ... }) per outer row.</summary>
    Operator PlanSubquery(BoundQueryPart query);
}
