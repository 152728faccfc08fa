namespace Graph.Cypher.Syntax;

/// <summary>What a query asks for besides its result: nothing, its plan (EXPLAIN), or its plan with counters (PROFILE).</summary>
public enum QueryPrefix
{
    None,
    Explain,
    Profile,
}
