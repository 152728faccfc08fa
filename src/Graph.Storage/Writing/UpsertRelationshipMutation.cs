using Graph.Storage.Values;

namespace Graph.Storage.Writing;

public sealed record UpsertRelationshipMutation(string Type, string FromKey, string ToKey, string Discriminator, IReadOnlyList<KeyValuePair<string, PropertyValue>> Properties) : GraphMutation;
