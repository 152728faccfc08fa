using Graph.Cypher.Tck.Exclusions;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Running;

/// <summary>How one scenario ended. <see cref="Query"/> is the last query it ran, which is usually the failing one.</summary>
public sealed record ScenarioOutcome(
    TckScenario Scenario,
    ScenarioStatus Status,
    ScenarioFailure? Failure = null,
    string? Query = null,
    Exclusion? Exclusion = null,
    TimeSpan Duration = default)
{
    /// <summary>Not-run scenarios count as failures: the target is conformance, and no engine is no conformance.</summary>
    public bool CountsAsFailure => Status is ScenarioStatus.Failed or ScenarioStatus.NotRun;
}
