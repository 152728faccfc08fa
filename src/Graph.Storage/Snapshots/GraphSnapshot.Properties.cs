using Graph.Storage.Columns;
using Graph.Storage.Reading;
using Graph.Storage.State;
using Graph.Storage.Values;

namespace Graph.Storage.Snapshots;

internal sealed partial class GraphSnapshot
{
    public PropertyValue NodeProperty(int node, int keyId) => Find(NodePropertyRecords[node], keyId);

    public PropertyValue RelationshipProperty(int relationship, int keyId) => Find(RelationshipPropertyRecords[relationship], keyId);

    public int StringId(string value) => StringTable.FindVisible(value, Strings) is var id and >= 0 ? id : StoredStringIds.Absent;

    public int NodePropertyStringId(int node, int keyId) => FindStringId(NodePropertyRecords[node], keyId);

    public int RelationshipPropertyStringId(int relationship, int keyId) => FindStringId(RelationshipPropertyRecords[relationship], keyId);

    public bool HasNodeProperty(int node, int keyId) => Has(NodePropertyRecords[node], keyId);

    public bool HasRelationshipProperty(int relationship, int keyId) => Has(RelationshipPropertyRecords[relationship], keyId);

    public IEnumerable<KeyValuePair<int, PropertyValue>> NodeProperties(int node) => All(NodePropertyRecords[node]);

    public IEnumerable<KeyValuePair<int, PropertyValue>> RelationshipProperties(int relationship) => All(RelationshipPropertyRecords[relationship]);

    public bool HasIndex(int labelId, int keyId) => Indexes.ContainsKey((labelId, keyId));

    public ReadOnlySpan<int> FindNodes(int labelId, int keyId, PropertyValue value)
    {
        if (!PropertyIndex.Holds(value.Kind))
        {
            return ScanLabel(labelId, keyId, value);
        }

        if (!Indexes.TryGetValue((labelId, keyId), out PropertyIndex? index))
        {
            return ScanLabel(labelId, keyId, value);
        }

        long identity = value.RawBits;
        if (value.Kind == PropertyKind.String)
        {
            identity = StringTable.FindVisible(value.AsString, Strings);
            if (identity < 0)
            {
                return [];
            }
        }

        ReadOnlySpan<int> candidates = index.Find(value.Kind, identity);
        return value.Kind == PropertyKind.DateTime ? Filter(candidates, keyId, value) : candidates;
    }

    /// <summary>Without an index the answer is still right, just linear in the label's size.</summary>
    private int[] ScanLabel(int labelId, int keyId, PropertyValue value) => value.IsNull ? [] : Filter(NodesWithLabel(labelId), keyId, value);

    private int[] Filter(ReadOnlySpan<int> nodes, int keyId, PropertyValue value)
    {
        var matches = new List<int>();
        foreach (int node in nodes)
        {
            if (NodeProperty(node, keyId).Equals(value))
            {
                matches.Add(node);
            }
        }

        return [.. matches];
    }

    private PropertyValue Find(long address, int keyId)
    {
        var reader = new ByteReader(Arena.Read(address));
        while (!reader.AtEnd)
        {
            int key = reader.ReadCount();
            if (key == keyId)
            {
                return StoredValueCodec.Read(ref reader, Strings);
            }

            if (key > keyId)
            {
                break;
            }

            StoredValueCodec.Skip(ref reader);
        }

        return PropertyValue.Null;
    }

    /// <summary>The stored string id itself, so that comparing with a constant neither decodes nor allocates.</summary>
    private int FindStringId(long address, int keyId)
    {
        var reader = new ByteReader(Arena.Read(address));
        while (!reader.AtEnd)
        {
            int key = reader.ReadCount();
            if (key == keyId)
            {
                return (PropertyKind)reader.ReadByte() == PropertyKind.String ? reader.ReadCount() : StoredStringIds.Unknown;
            }

            if (key > keyId)
            {
                break;
            }

            StoredValueCodec.Skip(ref reader);
        }

        return StoredStringIds.Absent;
    }

    /// <summary>Records hold only non-null values, sorted by key: presence is the answer.</summary>
    private bool Has(long address, int keyId)
    {
        var reader = new ByteReader(Arena.Read(address));
        while (!reader.AtEnd)
        {
            int key = reader.ReadCount();
            if (key >= keyId)
            {
                return key == keyId;
            }

            StoredValueCodec.Skip(ref reader);
        }

        return false;
    }

    private List<KeyValuePair<int, PropertyValue>> All(long address)
    {
        var result = new List<KeyValuePair<int, PropertyValue>>();
        var reader = new ByteReader(Arena.Read(address));
        while (!reader.AtEnd)
        {
            int key = reader.ReadCount();
            result.Add(new(key, StoredValueCodec.Read(ref reader, Strings)));
        }

        return result;
    }
}
