using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>SET n = map (replaces all properties) or SET n += map (IsMerge: adds to them).</summary>
public sealed record SetVariableSyntax(
    TextSpan Span,
    VariableSyntax Variable,
    bool IsMerge,
    ExpressionSyntax Value)
    : SetItemSyntax(Span);
