namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>A growing list carried inside an aggregation state slot.</summary>
internal sealed class CollectedValues : List<SlotValue>
{
    public SlotValue AsState => SlotValue.CollectionState(this);
}
