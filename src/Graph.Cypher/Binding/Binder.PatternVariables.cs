using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// Finds or declares the variable of a node or relationship pattern. Reusing a variable is fine when it holds the
    /// same kind of thing (or a value that may be one); a path, a relationship used as a node or a literal of another
    /// type is a VariableTypeConflict. A pattern predicate may not introduce variables at all.
    /// </summary>
    private (VariableSymbol Symbol, bool IsNew) ResolvePatternVariable(VariableSyntax variable, SymbolKind kind, CypherType type, PatternMode mode)
    {
        if (scope.TryLookup(variable.Name, out var existing))
        {
            if (!IsCompatible(existing, kind))
            {
                diagnostics.ReportVariableTypeConflict(variable.Span, variable.Name, Describe(existing), Describe(kind));
            }

            return (existing, false);
        }

        var symbol = new VariableSymbol(variable.Name, kind, type, variable.Span);
        if (mode == PatternMode.Predicate)
        {
            if (!IsMissing(variable))
            {
                diagnostics.ReportUndefinedVariable(variable.Span, variable.Name);
            }

            return (symbol, false);
        }

        scope.Declare(symbol);
        return (symbol, true);
    }

    private static bool IsCompatible(VariableSymbol existing, SymbolKind wanted) => (existing.Kind, wanted) switch
    {
        (SymbolKind.Value, SymbolKind.Node) => existing.Type.CouldBe(CypherType.Node),
        (SymbolKind.Value, SymbolKind.Relationship) => existing.Type.CouldBe(CypherType.Relationship),
        (SymbolKind.Value, SymbolKind.RelationshipList) => existing.Type.CouldBe(CypherType.ListOf(CypherType.Relationship)),
        (SymbolKind.Relationship or SymbolKind.RelationshipList, SymbolKind.Relationship or SymbolKind.RelationshipList) => true,
        _ => existing.Kind == wanted,
    };

    private static string Describe(VariableSymbol symbol) =>
        symbol.Kind == SymbolKind.Value ? $"value of type {symbol.Type}" : Describe(symbol.Kind);

    private static string Describe(SymbolKind kind) => kind switch
    {
        SymbolKind.Node => "node",
        SymbolKind.Relationship => "relationship",
        SymbolKind.RelationshipList => "list of relationships",
        SymbolKind.Path => "path",
        _ => "value",
    };
}
