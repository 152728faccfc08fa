using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>SET item, item, ....</summary>
public sealed record SetClauseSyntax(TextSpan Span, IReadOnlyList<SetItemSyntax> Items) : ClauseSyntax(Span);
