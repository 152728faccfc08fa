namespace Graph.Api.Execution;

/// <summary>One item of a list taken by <see cref="LeafListExecutionStrategy"/>: written by <see cref="LeafRowJsonConverter"/>.</summary>
public sealed class LeafRow(LeafSelection selection, object source)
{
    public LeafSelection Selection => selection;

    public object Source => source;
}
