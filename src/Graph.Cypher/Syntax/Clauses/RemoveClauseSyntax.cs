using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>REMOVE item, item, ....</summary>
public sealed record RemoveClauseSyntax(TextSpan Span, IReadOnlyList<RemoveItemSyntax> Items) : ClauseSyntax(Span);
