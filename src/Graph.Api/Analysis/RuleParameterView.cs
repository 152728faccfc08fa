namespace Graph.Api.Analysis;

/// <summary>A rule parameter with its default as a Cypher literal.</summary>
public sealed record RuleParameterView(string Name, string? Default, string? Description);
