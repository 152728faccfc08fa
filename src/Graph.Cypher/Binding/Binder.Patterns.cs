using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    // Relationship variables of the pattern being bound: one relationship cannot be matched twice in one pattern.
    private HashSet<VariableSymbol> patternRelationships = [];

    private BoundPattern BindPattern(PatternSyntax pattern, PatternMode mode)
    {
        var previous = patternRelationships;
        patternRelationships = [];
        var parts = pattern.Parts.Select(part => BindPatternPart(part.PathVariable, part.Element, part.Span, mode)).ToList();
        patternRelationships = previous;
        return new BoundPattern(pattern.Span, parts);
    }

    private BoundPatternPart BindPatternPart(VariableSyntax? pathVariable, PatternElementSyntax element, Text.TextSpan span, PatternMode mode)
    {
        var (path, selector) = element switch
        {
            ShortestPathPatternSyntax shortest => (shortest.Path, shortest.IsAll ? PathSelector.AllShortestPaths : PathSelector.ShortestPath),
            _ => ((PathPatternSyntax)element, PathSelector.All),
        };
        var nodes = new List<BoundNodePattern> { BindNodePattern(path.Start, mode) };
        var relationships = new List<BoundRelationshipPattern>();
        foreach (var step in path.Steps)
        {
            relationships.Add(BindRelationshipPattern(step.Relationship, mode));
            nodes.Add(BindNodePattern(step.Node, mode));
        }

        // The path variable is declared after its elements, so p = (p)-->() finds p bound already.
        var pathSymbol = pathVariable is null ? null : DeclarePathVariable(pathVariable);
        return new BoundPatternPart(span, pathSymbol, selector, nodes, relationships);
    }

    private VariableSymbol DeclarePathVariable(VariableSyntax variable)
    {
        var symbol = new VariableSymbol(variable.Name, SymbolKind.Path, CypherType.Path, variable.Span);
        if (scope.TryLookup(variable.Name, out _))
        {
            diagnostics.ReportVariableAlreadyBound(variable.Span, variable.Name);
            return symbol;
        }

        scope.Declare(symbol);
        return symbol;
    }

    private BoundNodePattern BindNodePattern(NodePatternSyntax node, PatternMode mode)
    {
        var (symbol, isNew) = node.Variable is null
            ? (Generate("node", SymbolKind.Node, CypherType.Node, node.Span), true)
            : ResolvePatternVariable(node.Variable, SymbolKind.Node, CypherType.Node, mode);
        var labels = node.Labels.Select(label => label.Name).ToList();
        var properties = node.Properties is null ? null : BindExpression(node.Properties);
        var predicate = node.Where is null ? null : BindExpression(node.Where);
        return new BoundNodePattern(node.Span, symbol, isNew, labels, properties, predicate);
    }

    private BoundRelationshipPattern BindRelationshipPattern(RelationshipPatternSyntax relationship, PatternMode mode)
    {
        var isList = relationship.Length is not null;
        var kind = isList ? SymbolKind.RelationshipList : SymbolKind.Relationship;
        var type = isList ? CypherType.ListOf(CypherType.Relationship) : CypherType.Relationship;
        var (symbol, isNew) = relationship.Variable is null
            ? (Generate("relationship", kind, type, relationship.Span), true)
            : ResolvePatternVariable(relationship.Variable, kind, type, mode);
        if (relationship.Variable is not null && mode is PatternMode.Match or PatternMode.Subquery && !patternRelationships.Add(symbol))
        {
            diagnostics.ReportRelationshipUniquenessViolation(relationship.Variable.Span, symbol.Name);
        }

        var types = relationship.Types.Select(token => token.Name).ToList();
        var length = relationship.Length is null ? null : BindLength(relationship.Length);
        var properties = relationship.Properties is null ? null : BindExpression(relationship.Properties);
        var predicate = relationship.Where is null ? null : BindExpression(relationship.Where);
        return new BoundRelationshipPattern(relationship.Span, symbol, isNew, types, relationship.Direction, length, properties, predicate);
    }

    private static BoundVariableLength BindLength(VariableLengthSyntax length)
    {
        var minimum = length.Minimum?.Value as long?;
        var maximum = length.Maximum?.Value as long?;
        return length.IsRange ? new BoundVariableLength(minimum ?? 1, maximum) : new BoundVariableLength(minimum ?? 1, minimum);
    }
}
