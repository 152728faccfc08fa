using Graph.Cypher.Tck.Running;

namespace Graph.Cypher.Tck.Reporting;

/// <summary>Everything a report needs to say about one run.</summary>
public sealed record ReportContext(
    string FeaturesDirectory,
    string EngineName,
    string? Filter,
    ThresholdPolicy Policy,
    IReadOnlyList<ScenarioOutcome> Outcomes,
    SuiteSummary Summary,
    IReadOnlyList<string> Violations);
