using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>A relationship between two drawn nodes, identified by its type, its ends' keys and its discriminator.</summary>
[ImmutableObject(true)]
public sealed record EdgeView(string Identity, string Type, string SourceKey, string TargetKey, IReadOnlyDictionary<string, object?> Properties);
