namespace Graph.Cypher.Tck.Scenarios;

/// <summary>A feature file, its path relative to the features directory with forward slashes.</summary>
public sealed record TckFeature(string Path, string Name, IReadOnlyList<TckScenario> Scenarios);
