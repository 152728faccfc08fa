namespace Graph.Cypher.Engine.Execution.Expressions;

public enum StringPredicateOperator : byte
{
    StartsWith,
    EndsWith,
    Contains,
}
