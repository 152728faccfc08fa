namespace Graph.Rules.Running;

/// <summary>Where a run is: rule <see cref="Index"/> (0-based) of <see cref="Count"/>; <see cref="Finished"/> is set once that rule has run.</summary>
public sealed record RuleProgress(int Index, int Count, RuleDefinition Rule, RuleOutcome? Finished);
