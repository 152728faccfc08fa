using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>MERGE pattern followed by ON CREATE SET / ON MATCH SET actions.</summary>
public sealed record MergeClauseSyntax(
    TextSpan Span,
    PatternPartSyntax Pattern,
    IReadOnlyList<MergeActionSyntax> Actions)
    : ClauseSyntax(Span);
