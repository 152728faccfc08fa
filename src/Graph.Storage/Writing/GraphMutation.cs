namespace Graph.Storage.Writing;

/// <summary>One change in a batch; the durable log holds these.</summary>
public abstract record GraphMutation;
