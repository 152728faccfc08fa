namespace Graph.Cypher.Engine.Execution;

public enum ExecutionMode : byte
{
    /// <summary>Run and return rows.</summary>
    Run,

    /// <summary>Do not run; return the plan with estimated rows.</summary>
    Explain,

    /// <summary>Run, return rows and the plan with actual rows and time per operator.</summary>
    Profile,
}
