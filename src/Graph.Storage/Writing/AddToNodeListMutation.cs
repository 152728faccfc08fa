namespace Graph.Storage.Writing;

public sealed record AddToNodeListMutation(string Key, string Property, string Value) : GraphMutation;
