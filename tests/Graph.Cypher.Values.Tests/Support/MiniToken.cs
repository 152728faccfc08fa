namespace Graph.Cypher.Values.Tests.Support;

/// <summary>A token of the tiny Cypher subset the tests use to run TCK expressions.</summary>
internal sealed record MiniToken(MiniTokenKind Kind, string Text);
