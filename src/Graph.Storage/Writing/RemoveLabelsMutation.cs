namespace Graph.Storage.Writing;

public sealed record RemoveLabelsMutation(string Key, IReadOnlyList<string> Labels) : GraphMutation;
