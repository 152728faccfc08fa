using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Values;

/// <summary>Truth tests the operators share: only a boolean true passes a filter.</summary>
public static class CypherValueTests
{
    public static bool IsTrueValue(this CypherValue value) => value.Kind == CypherValueKind.Boolean && value.AsBoolean;
}
