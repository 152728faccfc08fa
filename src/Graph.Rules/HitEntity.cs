namespace Graph.Rules;

/// <summary>A person or company of a hit: node id in the snapshot the rules ran on, name, and resident id / USCC when known.</summary>
public sealed record HitEntity(int NodeId, string Kind /* "person" | "company" */, string Name, string? Id /* resident id or USCC when known */);
