namespace Graph.Rules.Parsing;

/// <summary>A {name} in an explain template and the offset of its name (just after the brace).</summary>
public sealed record TemplatePlaceholder(string Name, int Offset);
