namespace Graph.Cypher.Tck.Reporting;

/// <summary>The tally of one feature file or one folder; <paramref name="Gated"/> folders must reach the folder threshold.</summary>
public sealed record GroupSummary(string Name, Tally Tally, bool Gated = false);
