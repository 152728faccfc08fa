using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// An argument whose type is known and not one the function takes is InvalidArgumentType at compile time, as for
/// type(node), length(relationship) or properties(1); the catalog says which types each function takes.
/// </summary>
internal sealed class FunctionArgumentTypeRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        var calls = QueryRules.Clauses(query)
            .SelectMany(BoundTreeWalker.Expressions)
            .SelectMany(expression => BoundTreeWalker.DescendantsAndSelf(expression.Expression));
        foreach (var call in calls)
        {
            var (function, arguments) = call switch
            {
                BoundFunctionCall scalar => (scalar.Function, scalar.Arguments),
                BoundAggregate aggregate => (aggregate.Function, aggregate.Arguments),
                _ => (null, []),
            };
            for (var index = 0; function is not null && index < arguments.Count; index++)
            {
                var allowed = function.ArgumentTypesAt(index);
                if (allowed is not null && !arguments[index].Type.CouldBeAnyOf(allowed))
                {
                    diagnostics.ReportInvalidArgumentType(
                        arguments[index].Span, $"{function.Name}() expects {string.Join(" or ", allowed.Select(type => type.ToString()))}", arguments[index].Type.ToString());
                }
            }
        }
    }
}
