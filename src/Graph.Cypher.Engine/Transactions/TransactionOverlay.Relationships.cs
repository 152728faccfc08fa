using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>Reading relationships and adjacency through the overlay.</summary>
public sealed partial class TransactionOverlay
{
    private readonly Dictionary<int, List<int>> _addedOutgoing = [];
    private readonly Dictionary<int, List<int>> _addedIncoming = [];
    private (int Node, int Type, Direction Direction) _mergedFor = (-1, -1, Direction.Both);
    private int[] _mergedNeighbours = [];
    private int[] _mergedRelationships = [];

    public bool RelationshipExists(int relationship) =>
        relationship >= 0 && !IsDeletedRelationship(relationship) && (IsNewRelationship(relationship) ? relationship < RelationshipCount : _base.RelationshipExists(relationship));

    public int RelationshipType(int relationship) => IsNewRelationship(relationship) ? Created(relationship).Type : _base.RelationshipType(relationship);

    public int StartNode(int relationship) => IsNewRelationship(relationship) ? Created(relationship).Start : _base.StartNode(relationship);

    public int EndNode(int relationship) => IsNewRelationship(relationship) ? Created(relationship).End : _base.EndNode(relationship);

    public string RelationshipDiscriminator(int relationship) =>
        IsNewRelationship(relationship) ? Created(relationship).Discriminator : _base.RelationshipDiscriminator(relationship);

    public PropertyValue RelationshipProperty(int relationship, int keyId)
    {
        if (IsDeletedRelationship(relationship))
        {
            throw Deleted("relationship", relationship);
        }

        if (_relationshipProperties.TryGetValue(relationship, out Dictionary<int, PropertyValue>? properties))
        {
            return properties.TryGetValue(keyId, out PropertyValue value) ? value : PropertyValue.Null;
        }

        return IsNewRelationship(relationship) || keyId < 0 || keyId >= _base.PropertyKeys.Count ? PropertyValue.Null : _base.RelationshipProperty(relationship, keyId);
    }

    public IEnumerable<KeyValuePair<int, PropertyValue>> RelationshipProperties(int relationship)
    {
        if (IsDeletedRelationship(relationship))
        {
            throw Deleted("relationship", relationship);
        }

        if (!_relationshipProperties.TryGetValue(relationship, out Dictionary<int, PropertyValue>? properties))
        {
            return IsNewRelationship(relationship) ? [] : _base.RelationshipProperties(relationship);
        }

        var present = new List<KeyValuePair<int, PropertyValue>>();
        foreach (KeyValuePair<int, PropertyValue> property in properties)
        {
            if (!property.Value.IsNull)
            {
                present.Add(property);
            }
        }

        present.Sort((x, y) => x.Key.CompareTo(y.Key));
        return present;
    }

    public ReadOnlySpan<int> Neighbours(int node, int typeId, Direction direction) =>
        Merge(node, typeId, direction) ? _mergedNeighbours : _base.Neighbours(node, typeId, direction);

    public ReadOnlySpan<int> RelationshipsOf(int node, int typeId, Direction direction) =>
        Merge(node, typeId, direction) ? _mergedRelationships : _base.RelationshipsOf(node, typeId, direction);

    public int Degree(int node, int typeId, Direction direction)
    {
        if (direction == Direction.Both)
        {
            return Degree(node, typeId, Direction.Outgoing) + Degree(node, typeId, Direction.Incoming);
        }

        return Neighbours(node, typeId, direction).Length;
    }

    /// <summary>Builds the node's merged adjacency when the transaction touched it; false when the snapshot's span is still right.</summary>
    private bool Merge(int node, int typeId, Direction direction)
    {
        Dictionary<int, List<int>> added = direction == Direction.Outgoing ? _addedOutgoing : _addedIncoming;
        bool hasAdded = added.TryGetValue(node, out List<int>? created);
        if (!hasAdded && _deletedRelationships.Count == 0 && !IsNew(node) && typeId < _base.RelationshipTypes.Count)
        {
            return false;
        }

        if (_mergedFor == (node, typeId, direction))
        {
            return true;
        }

        var neighbours = new List<int>();
        var relationships = new List<int>();
        if (!IsNew(node) && typeId < _base.RelationshipTypes.Count)
        {
            ReadOnlySpan<int> baseNeighbours = _base.Neighbours(node, typeId, direction);
            ReadOnlySpan<int> baseRelationships = _base.RelationshipsOf(node, typeId, direction);
            for (int i = 0; i < baseNeighbours.Length; i++)
            {
                if (!_deletedRelationships.Contains(baseRelationships[i]))
                {
                    neighbours.Add(baseNeighbours[i]);
                    relationships.Add(baseRelationships[i]);
                }
            }
        }

        foreach (int relationship in created ?? [])
        {
            NewRelationship r = Created(relationship);
            if ((typeId == -1 || r.Type == typeId) && !_deletedRelationships.Contains(relationship))
            {
                neighbours.Add(direction == Direction.Outgoing ? r.End : r.Start);
                relationships.Add(relationship);
            }
        }

        _mergedNeighbours = [.. neighbours];
        _mergedRelationships = [.. relationships];
        _mergedFor = (node, typeId, direction);
        return true;
    }

    /// <summary>Any write invalidates the merged adjacency cache.</summary>
    private void Changed() => _mergedFor = (-1, -1, Direction.Both);
}
