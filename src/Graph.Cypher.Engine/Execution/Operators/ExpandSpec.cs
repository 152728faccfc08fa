using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// One pattern step (from)-[rel:TYPES]->(to) in slots; <see cref="RelationshipSlot"/> is -1 when
/// the relationship is not named (and not needed).
/// </summary>
public sealed record ExpandSpec(int FromSlot, int RelationshipSlot, int ToSlot, RelationshipTypes Types, Direction Direction)
{
    public string FromName { get; init; } = "from";

    public string RelationshipName { get; init; } = string.Empty;

    public string ToName { get; init; } = "to";

    public override string ToString() =>
        $"({FromName}){Directions.Arrow(Direction, RelationshipName + Types)}({ToName})";
}
