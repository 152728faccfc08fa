using Graph.Storage.Values;

namespace Graph.Storage.Writing;

public sealed record UpsertNodeMutation(string Key, IReadOnlyList<string> Labels, IReadOnlyList<KeyValuePair<string, PropertyValue>> Properties) : GraphMutation;
