namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>What <see cref="StoredStringMatch"/> tests: equal to a string, different from it, or one of a list of strings.</summary>
public enum StringMatchTest
{
    Equal,
    NotEqual,
    In,
}
