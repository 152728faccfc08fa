namespace Graph.Rules.Running;

/// <summary>
/// Where a run is: rule <see cref="Index"/> (0-based, its place in the list given) of <see cref="Count"/>;
/// <see cref="Finished"/> is set once that rule has run. Rules may start in another order than the list's (costliest
/// first), so <see cref="Done"/> counts the rules finished so far, this one included once it has finished.
/// </summary>
public sealed record RuleProgress(int Index, int Count, RuleDefinition Rule, RuleOutcome? Finished, int Done = 0);
