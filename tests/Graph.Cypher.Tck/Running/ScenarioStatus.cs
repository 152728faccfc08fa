namespace Graph.Cypher.Tck.Running;

public enum ScenarioStatus
{
    Passed,
    Failed,

    /// <summary>Excluded by the exclusion list; counted apart from passed and failed.</summary>
    Skipped,

    /// <summary>No engine to run it on. Counted as failed, so a missing engine can never look like conformance.</summary>
    NotRun,
}
