using Graph.Cypher.Values;

namespace Graph.Cli.Commands;

/// <summary>What `graph rules run` was asked to do.</summary>
public sealed record RulesRunRequest
{
    public required string StorePath { get; init; }

    public required string RulesDirectory { get; init; }

    /// <summary>Rule ids to run; empty for all.</summary>
    public IReadOnlyList<string> RuleIds { get; init; } = [];

    /// <summary>`name` or `RULE-ID.name` → value.</summary>
    public IReadOnlyDictionary<string, CypherValue> Parameters { get; init; } = new Dictionary<string, CypherValue>();

    public bool Json { get; init; }

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
}
