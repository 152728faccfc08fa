using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundListComprehension BindListComprehension(ListComprehensionSyntax comprehension)
    {
        var source = BindExpression(comprehension.Source);
        return InChildScope(() =>
        {
            var variable = DeclareIterationVariable(comprehension.Variable, source);
            var predicate = comprehension.Where is null ? null : BindExpression(comprehension.Where);
            var projection = comprehension.Projection is null ? null : BindExpression(comprehension.Projection);
            var element = projection?.Type ?? variable.Type;
            return new BoundListComprehension(comprehension.Span, CypherType.ListOf(element), variable, source, predicate, projection);
        });
    }

    private BoundQuantifier BindQuantifier(QuantifierExpressionSyntax quantifier)
    {
        var source = BindExpression(quantifier.Source);
        return InChildScope(() =>
        {
            var variable = DeclareIterationVariable(quantifier.Variable, source);
            var predicate = quantifier.Where is null ? null : BindExpression(quantifier.Where);
            return new BoundQuantifier(quantifier.Span, CypherType.Boolean, quantifier.Quantifier, variable, source, predicate);
        });
    }

    private BoundReduce BindReduce(ReduceExpressionSyntax reduce)
    {
        var initial = BindExpression(reduce.Initial);
        var source = BindExpression(reduce.Source);
        return InChildScope(() =>
        {
            var accumulator = new VariableSymbol(reduce.Accumulator.Name, SymbolKind.Value, CypherType.Any, reduce.Accumulator.Span);
            scope.Declare(accumulator);
            var variable = DeclareIterationVariable(reduce.Variable, source);
            var step = BindExpression(reduce.Step);
            return new BoundReduce(reduce.Span, initial.Type.Join(step.Type), accumulator, initial, variable, source, step);
        });
    }

    // An iteration variable may shadow an outer one: it lives only inside its comprehension.
    private VariableSymbol DeclareIterationVariable(VariableSyntax variable, BoundExpression source)
    {
        var type = source.Type.IsList ? source.Type.Element! : CypherType.Any;
        var symbol = new VariableSymbol(variable.Name, SymbolKind.Value, type, variable.Span);
        scope.Declare(symbol);
        return symbol;
    }

    private T InChildScope<T>(Func<T> bind)
    {
        var outer = scope;
        scope = new Scope(outer);
        try
        {
            return bind();
        }
        finally
        {
            scope = outer;
        }
    }
}
