namespace Graph.Cypher.Values.Tests.Support;

internal enum MiniTokenKind
{
    Identifier,
    Integer,
    Float,
    String,
    Symbol,
    End,
}
