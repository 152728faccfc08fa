namespace Graph.Cypher.Tck.Scenarios;

public enum ErrorTiming
{
    CompileTime,
    Runtime,
    AnyTime,
}
