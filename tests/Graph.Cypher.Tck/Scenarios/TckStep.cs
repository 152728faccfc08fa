namespace Graph.Cypher.Tck.Scenarios;

/// <summary>One understood step of a scenario; <paramref name="Line"/> is its line in the feature file.</summary>
public abstract record TckStep(int Line);
