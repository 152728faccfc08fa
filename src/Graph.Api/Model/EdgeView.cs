using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>
/// A relationship between two drawn nodes: its opaque id (a keyed hash of its type, ends and discriminator), its type,
/// and its ends as keys and as the opaque ids clients see, all computed once when the view is built.
/// </summary>
[ImmutableObject(true)]
public sealed record EdgeView(string Id, string Type, string SourceKey, string SourceId, string TargetKey, string TargetId, IReadOnlyDictionary<string, object?> Properties);
