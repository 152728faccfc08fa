using System.ComponentModel;

namespace Graph.Api.Services;

/// <summary>What the store holds: counts per label and relationship type, and the last load's summary (JSON).</summary>
[ImmutableObject(true)]
public sealed record StatsView(long Version, int Nodes, int Relationships, IReadOnlyList<CountView> Labels, IReadOnlyList<CountView> RelationshipTypes, string? LastLoad);
