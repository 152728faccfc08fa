using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>{key: value, ...}.</summary>
public sealed record MapLiteralSyntax(TextSpan Span, IReadOnlyList<MapEntrySyntax> Entries) : ExpressionSyntax(Span);
