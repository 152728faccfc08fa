namespace Graph.Storage.Writing;

/// <summary>Deletes the relationship with this identity; nothing happens when there is none.</summary>
public sealed record DeleteRelationshipMutation(string Type, string FromKey, string ToKey, string Discriminator) : GraphMutation;
