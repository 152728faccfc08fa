using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Scenarios;

public sealed record ParametersStep(int Line, IReadOnlyDictionary<string, TckValue> Parameters) : TckStep(Line);
