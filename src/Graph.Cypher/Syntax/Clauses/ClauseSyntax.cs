using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of the clauses a single query is a sequence of.</summary>
public abstract record ClauseSyntax(TextSpan Span) : SyntaxNode(Span);
