using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>
/// A node as drawn: natural key and the opaque id clients see (computed once, when the view is built, so a cached
/// drawing does not encrypt the same keys on every request), kind (person, company, case, phone...), caption and
/// labels; depth from the centre in a neighbourhood; degree so a client can size hubs.
/// Immutable so the cache can hand out the same instance.
/// </summary>
[ImmutableObject(true)]
public sealed record NodeView(string Key, string Id, string Kind, string Caption, IReadOnlyList<string> Labels, int Depth, int Degree, IReadOnlyDictionary<string, object?> Properties);
