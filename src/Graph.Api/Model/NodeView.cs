using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>
/// A node as drawn: natural key (turned into an opaque id on output), kind (person, company, case, phone...),
/// caption and labels; depth from the centre in a neighbourhood; degree so a client can size hubs.
/// Immutable so the cache can hand out the same instance.
/// </summary>
[ImmutableObject(true)]
public sealed record NodeView(string Key, string Kind, string Caption, IReadOnlyList<string> Labels, int Depth, int Degree, IReadOnlyDictionary<string, object?> Properties);
