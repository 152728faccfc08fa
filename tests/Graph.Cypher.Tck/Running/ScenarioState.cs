using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Running;

/// <summary>What the steps of one scenario hand to each other while it runs.</summary>
public sealed class ScenarioState
{
    public Dictionary<string, TckValue> Parameters { get; } = new(StringComparer.Ordinal);

    public string? LastQuery { get; set; }

    public TckQueryOutcome? LastOutcome { get; set; }

    /// <summary>Side effects of the last query that was not a control query; setup queries never count.</summary>
    public TckSideEffects? MeasuredSideEffects { get; set; }
}
