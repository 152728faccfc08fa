using Graph.Cypher.Values;

namespace Graph.Rules;

/// <summary>A `// param: name = default -- description` line: the $name the query reads and its default value.</summary>
public sealed record RuleParameter(string Name, CypherValue Default, string Description, int Line);
