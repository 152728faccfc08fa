using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Engine.Planning;

internal sealed partial class PlanBuilder
{
    /// <summary>Splits a WHERE into its AND-ed conjuncts, each with the pattern variables it needs.</summary>
    private static List<PendingPredicate> Conjuncts(BoundExpression? where, IReadOnlySet<VariableSymbol> patternSymbols)
    {
        var result = new List<PendingPredicate>();
        var stack = new Stack<BoundExpression>();
        if (where is not null)
        {
            stack.Push(where);
        }

        while (stack.Count > 0)
        {
            BoundExpression expression = stack.Pop();
            if (expression is BoundBinaryExpression { Operator: BinaryOperator.And } and)
            {
                stack.Push(and.Right);
                stack.Push(and.Left);
                continue;
            }

            result.Add(new PendingPredicate(expression, Dependencies(expression, patternSymbols)));
        }

        return result;
    }

    private static HashSet<VariableSymbol> Dependencies(BoundExpression expression, IReadOnlySet<VariableSymbol> patternSymbols)
    {
        var dependencies = new HashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        foreach (BoundExpression node in BoundTreeWalker.DescendantsAndSelf(expression))
        {
            switch (node)
            {
                case BoundVariableReference reference when patternSymbols.Contains(reference.Symbol):
                    dependencies.Add(reference.Symbol);
                    break;
                case BoundPatternPredicate or BoundPatternComprehension or BoundExistsSubquery:
                    // Patterns inside expressions may name any of the variables: wait for all of them.
                    dependencies.UnionWith(patternSymbols);
                    break;
            }
        }

        return dependencies;
    }

    /// <summary>Applies every waiting predicate whose variables are now all bound.</summary>
    private Operator PlaceReady(Operator op, List<PendingPredicate> pending)
    {
        foreach (PendingPredicate predicate in pending)
        {
            if (!predicate.Placed && predicate.Dependencies.All(_bound.Contains))
            {
                predicate.Placed = true;
                op = new Filter(op, Compile(predicate.Expression));
            }
        }

        return op;
    }
}
