using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Both ends bound: search for paths between the nodes in two slots, up to a number of hops.</summary>
public sealed record PathSearchSpec(int FromSlot, int ToSlot, RelationshipTypes Types, Direction Direction, int MaxHops)
{
    public string FromName { get; init; } = "from";

    public string ToName { get; init; } = "to";

    public override string ToString() =>
        $"({FromName}){Directions.Arrow(Direction, Types + "*.." + (MaxHops == int.MaxValue ? string.Empty : MaxHops))}({ToName})";
}
