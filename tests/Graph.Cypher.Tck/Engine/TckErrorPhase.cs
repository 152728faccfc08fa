namespace Graph.Cypher.Tck.Engine;

/// <summary>When an engine raised an error: before running anything (parse, bind, plan) or while running.</summary>
public enum TckErrorPhase
{
    CompileTime,
    Runtime,
}
