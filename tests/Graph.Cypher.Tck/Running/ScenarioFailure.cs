namespace Graph.Cypher.Tck.Running;

/// <summary>Why a scenario failed, with what the feature file expected and what the engine did, as TCK text.</summary>
public sealed record ScenarioFailure(string Reason, string? Expected = null, string? Actual = null)
{
    public static ScenarioFailure Unreadable(string loadError) => new($"the harness could not read this scenario: {loadError}");
}
