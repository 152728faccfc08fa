using Graph.Cypher.Engine.Execution;

namespace Graph.Rules.Running;

/// <summary>What one rule gave: its hits (strongest first), how long it ran, and the error when it failed (no hits then).</summary>
public sealed record RuleOutcome(RuleDefinition Rule, IReadOnlyList<RuleHit> Hits, TimeSpan Elapsed, QueryError? Error)
{
    public bool Succeeded => Error is null;
}
