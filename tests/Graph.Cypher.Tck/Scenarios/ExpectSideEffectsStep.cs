using Graph.Cypher.Tck.Engine;

namespace Graph.Cypher.Tck.Scenarios;

/// <summary><c>And no side effects</c> (all zero) or <c>And the side effects should be:</c> (unlisted keys are zero).</summary>
public sealed record ExpectSideEffectsStep(int Line, TckSideEffects Expected) : TckStep(Line);
