namespace Graph.Storage.Writing;

/// <summary>Deletes a node; without <paramref name="Detach"/> the node must have no relationships left once the batch's relationship deletions are applied.</summary>
public sealed record DeleteNodeMutation(string Key, bool Detach) : GraphMutation;
