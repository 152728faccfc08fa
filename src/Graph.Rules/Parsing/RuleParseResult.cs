namespace Graph.Rules.Parsing;

/// <summary>What reading one rule file gave: the rule when its header is sound, and every error found.</summary>
public sealed record RuleParseResult(RuleDefinition? Rule, IReadOnlyList<RuleError> Errors);
