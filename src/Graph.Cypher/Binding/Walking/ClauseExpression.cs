namespace Graph.Cypher.Binding;

/// <summary>A top-level expression of a clause, with where it stands.</summary>
public sealed record ClauseExpression(BoundExpression Expression, ExpressionPlace Place);
