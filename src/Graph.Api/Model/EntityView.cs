using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>A resolved person or company as read from one snapshot: identity, identifiers and every stored property.</summary>
[ImmutableObject(true)]
public sealed record EntityView(
    string Key,
    string Kind,
    string Name,
    IReadOnlyList<string> Names,
    string? Resolution,
    IReadOnlyList<IdentifierView> Identifiers,
    IReadOnlyDictionary<string, object?> Properties);
