using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundClause BindMatch(MatchClauseSyntax match)
    {
        var pattern = BindPattern(match.Pattern, PatternMode.Match);
        var predicate = match.Where is null ? null : BindExpression(match.Where);
        return match.IsOptional
            ? new BoundOptionalMatch(match.Span, pattern, predicate)
            : new BoundMatch(match.Span, pattern, predicate);
    }

    private BoundUnwind BindUnwind(UnwindClauseSyntax unwind)
    {
        var list = BindExpression(unwind.Expression);
        var elementType = list.Type.IsList ? list.Type.Element! : CypherType.Any;
        var symbol = DeclareValue(unwind.Variable, elementType);
        return new BoundUnwind(unwind.Span, list, symbol);
    }

    /// <summary>Declares a variable that must be new here (UNWIND, YIELD): reusing a bound name is VariableAlreadyBound.</summary>
    private VariableSymbol DeclareValue(VariableSyntax variable, CypherType type)
    {
        var symbol = new VariableSymbol(variable.Name, SymbolKind.Value, type, variable.Span);
        if (scope.TryLookup(variable.Name, out _))
        {
            diagnostics.ReportVariableAlreadyBound(variable.Span, variable.Name);
            return symbol;
        }

        scope.Declare(symbol);
        return symbol;
    }

    private BoundCall BindCall(CallClauseSyntax call, bool isStandalone)
    {
        var arguments = call.Arguments?.Select(BindExpression).ToList();
        var signature = ProcedureCallRule.Resolve(call, arguments, isStandalone, procedures, diagnostics);
        if (call.YieldsAll && !isStandalone)
        {
            diagnostics.ReportYieldStarInQuery(call.Span);
        }

        var yields = new List<BoundYieldItem>();
        foreach (var item in call.YieldItems)
        {
            var variable = item.Alias ?? new VariableSyntax(item.Field.Span, item.Field);
            yields.Add(new BoundYieldItem(item.Span, item.Field.Name, DeclareValue(variable, CypherType.Any)));
        }

        var predicate = call.Where is null ? null : BindExpression(call.Where);
        return new BoundCall(call.Span, call.Name, signature, arguments, call.YieldsAll, yields, predicate, isStandalone);
    }
}
