namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// One query of a TCK scenario: the query under test, or a setup query (IsSetup) run before it. An outline
/// contributes one per Examples row.
/// </summary>
public sealed record TckScenario(string FeatureFile, string Name, string Query, string? ExpectedSyntaxError, bool IsSetup)
{
    public bool ExpectsSyntaxError => ExpectedSyntaxError is not null;

    public override string ToString() => $"{FeatureFile}: {Name}";
}
