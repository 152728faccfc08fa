using System.Text;
using Graph.Storage.Columns;
using Graph.Storage.Snapshots;
using Graph.Storage.State;

namespace Graph.Storage.Durability;

/// <summary>
/// Writes the whole state as one binary file: strings once, columns as raw chunks, property
/// records compacted into a fresh arena (dropping superseded records), which the writer then adopts;
/// then the snapshot structure of the same state, so that opening need not rebuild it.
/// </summary>
internal static class CheckpointWriter
{
    public static void Write(string path, GraphState state, SnapshotStructure structure, bool fsync)
    {
        var arena = new ByteArena();
        var nodeProperties = new ChunkedColumn<long>();
        var relationshipProperties = new ChunkedColumn<long>();
        Compact(state.Arena, state.Nodes.Properties, arena, nodeProperties);
        Compact(state.Arena, state.Relationships.Properties, arena, relationshipProperties);

        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CheckpointFormat.Magic);
            writer.Write(CheckpointFormat.Version);
            writer.Write(state.Version);
            writer.Write(state.Meta.Count);
            foreach (KeyValuePair<string, string> pair in state.Meta)
            {
                writer.Write(pair.Key);
                writer.Write(pair.Value);
            }

            WriteTokens(writer, state.Labels);
            WriteTokens(writer, state.Types);
            WriteTokens(writer, state.PropertyKeys);
            StringBlockIo.Write(writer, state.Strings);
            StringBlockIo.Write(writer, state.Nodes.Keys);
            writer.Flush();
            ColumnIo.Write(file, state.Nodes.Labels);
            ColumnIo.Write(file, nodeProperties);

            writer.Write(state.Relationships.Count);
            writer.Flush();
            ColumnIo.Write(file, state.Relationships.Type);
            ColumnIo.Write(file, state.Relationships.Start);
            ColumnIo.Write(file, state.Relationships.End);
            ColumnIo.Write(file, state.Relationships.Discriminator);
            ColumnIo.Write(file, relationshipProperties);
            arena.WriteTo(writer);
            SnapshotStructureIo.Write(writer, structure);
            writer.Write(CheckpointFormat.EndMarker);
            writer.Flush();
            file.Flush(fsync);
        }

        state.Arena = arena;
        state.Nodes.Properties = nodeProperties;
        state.Relationships.Properties = relationshipProperties;
    }

    private static void Compact(ByteArena source, ChunkedColumn<long> addresses, ByteArena target, ChunkedColumn<long> compacted)
    {
        for (int i = 0; i < addresses.Length; i++)
        {
            compacted.Add(target.Append(source.Read(addresses[i])));
        }
    }

    private static void WriteTokens(BinaryWriter writer, TokenTable tokens)
    {
        writer.Write(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            writer.Write(tokens[i]);
        }
    }
}
