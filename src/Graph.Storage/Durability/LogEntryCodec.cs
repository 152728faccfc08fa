using Graph.Storage.Columns;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Durability;

/// <summary>
/// Log payload encoding. Self-contained (strings inline, names not tokens) so that a frame can
/// be replayed against any state that holds the frames before it.
/// </summary>
internal static class LogEntryCodec
{
    private const byte NodeTag = 1;
    private const byte RelationshipTag = 2;
    private const byte ListItemTag = 3;
    private const byte DeleteNodeTag = 4;
    private const byte DeleteRelationshipTag = 5;
    private const byte RemoveLabelsTag = 6;

    public static void Write(ByteWriter writer, long version, IReadOnlyList<KeyValuePair<string, string>> meta, IReadOnlyList<GraphMutation> mutations)
    {
        writer.WriteInt64(version);
        writer.WriteVarUInt((uint)meta.Count);
        for (int i = 0; i < meta.Count; i++)
        {
            writer.WriteString(meta[i].Key);
            writer.WriteString(meta[i].Value);
        }

        writer.WriteVarUInt((uint)mutations.Count);
        for (int i = 0; i < mutations.Count; i++)
        {
            switch (mutations[i])
            {
                case UpsertNodeMutation node:
                    writer.WriteByte(NodeTag);
                    writer.WriteString(node.Key);
                    writer.WriteVarUInt((uint)node.Labels.Count);
                    for (int l = 0; l < node.Labels.Count; l++)
                    {
                        writer.WriteString(node.Labels[l]);
                    }

                    WriteProperties(writer, node.Properties);
                    break;
                case UpsertRelationshipMutation relationship:
                    writer.WriteByte(RelationshipTag);
                    writer.WriteString(relationship.Type);
                    writer.WriteString(relationship.FromKey);
                    writer.WriteString(relationship.ToKey);
                    writer.WriteString(relationship.Discriminator);
                    WriteProperties(writer, relationship.Properties);
                    break;
                case AddToNodeListMutation listItem:
                    writer.WriteByte(ListItemTag);
                    writer.WriteString(listItem.Key);
                    writer.WriteString(listItem.Property);
                    writer.WriteString(listItem.Value);
                    break;
                case DeleteNodeMutation delete:
                    writer.WriteByte(DeleteNodeTag);
                    writer.WriteString(delete.Key);
                    writer.WriteByte(delete.Detach ? (byte)1 : (byte)0);
                    break;
                case DeleteRelationshipMutation delete:
                    writer.WriteByte(DeleteRelationshipTag);
                    writer.WriteString(delete.Type);
                    writer.WriteString(delete.FromKey);
                    writer.WriteString(delete.ToKey);
                    writer.WriteString(delete.Discriminator);
                    break;
                case RemoveLabelsMutation remove:
                    writer.WriteByte(RemoveLabelsTag);
                    writer.WriteString(remove.Key);
                    writer.WriteVarUInt((uint)remove.Labels.Count);
                    for (int l = 0; l < remove.Labels.Count; l++)
                    {
                        writer.WriteString(remove.Labels[l]);
                    }

                    break;
                default:
                    throw new StoreException("STORE_BAD_BATCH", "Unsupported mutation type.");
            }
        }
    }

    public static LogEntry Read(ReadOnlySpan<byte> payload)
    {
        var reader = new ByteReader(payload);
        long version = reader.ReadInt64();
        var meta = new KeyValuePair<string, string>[reader.ReadCount()];
        for (int i = 0; i < meta.Length; i++)
        {
            meta[i] = new(reader.ReadString(), reader.ReadString());
        }

        var mutations = new GraphMutation[reader.ReadCount()];
        for (int i = 0; i < mutations.Length; i++)
        {
            byte tag = reader.ReadByte();
            mutations[i] = tag switch
            {
                NodeTag => new UpsertNodeMutation(reader.ReadString(), LogValueCodec.ReadStrings(ref reader), ReadProperties(ref reader)),
                RelationshipTag => new UpsertRelationshipMutation(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadProperties(ref reader)),
                ListItemTag => new AddToNodeListMutation(reader.ReadString(), reader.ReadString(), reader.ReadString()),
                DeleteNodeTag => new DeleteNodeMutation(reader.ReadString(), reader.ReadByte() != 0),
                DeleteRelationshipTag => new DeleteRelationshipMutation(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString()),
                RemoveLabelsTag => new RemoveLabelsMutation(reader.ReadString(), LogValueCodec.ReadStrings(ref reader)),
                _ => throw new StoreException("STORE_CORRUPT", $"Unknown log mutation tag {tag}."),
            };
        }

        return new LogEntry(version, meta, mutations);
    }

    private static void WriteProperties(ByteWriter writer, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        writer.WriteVarUInt((uint)properties.Count);
        for (int i = 0; i < properties.Count; i++)
        {
            writer.WriteString(properties[i].Key);
            LogValueCodec.Write(writer, properties[i].Value);
        }
    }

    private static KeyValuePair<string, PropertyValue>[] ReadProperties(ref ByteReader reader)
    {
        var properties = new KeyValuePair<string, PropertyValue>[reader.ReadCount()];
        for (int i = 0; i < properties.Length; i++)
        {
            string key = reader.ReadString();
            properties[i] = new(key, LogValueCodec.Read(ref reader));
        }

        return properties;
    }
}
