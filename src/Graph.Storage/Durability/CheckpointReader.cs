using System.Text;
using Graph.Storage.Columns;
using Graph.Storage.Snapshots;
using Graph.Storage.State;

namespace Graph.Storage.Durability;

/// <summary>Loads a checkpoint written by <see cref="CheckpointWriter"/>: strings one by one, everything else in bulk.</summary>
internal static class CheckpointReader
{
    public static GraphState Read(string path, out SnapshotStructure structure)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 20);
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadUInt32() != CheckpointFormat.Magic || reader.ReadInt32() != CheckpointFormat.Version)
        {
            throw new StoreException("STORE_CORRUPT", $"{path} is not a checkpoint of this format.");
        }

        var state = new GraphState { Version = reader.ReadInt64() };
        int metaCount = reader.ReadInt32();
        for (int i = 0; i < metaCount; i++)
        {
            state.Meta[reader.ReadString()] = reader.ReadString();
        }

        ReadTokens(reader, state.Labels);
        ReadTokens(reader, state.Types);
        ReadTokens(reader, state.PropertyKeys);
        StringBlockIo.Read(reader, state.Strings);
        StringBlockIo.Read(reader, state.Nodes.Keys);
        int nodeCount = state.Nodes.Keys.Count;
        ColumnIo.Read(file, state.Nodes.Labels, nodeCount);
        ColumnIo.Read(file, state.Nodes.Properties, nodeCount);

        int relationshipCount = reader.ReadInt32();
        RelationshipColumns relationships = state.Relationships;
        ColumnIo.Read(file, relationships.Type, relationshipCount);
        ColumnIo.Read(file, relationships.Start, relationshipCount);
        ColumnIo.Read(file, relationships.End, relationshipCount);
        ColumnIo.Read(file, relationships.Discriminator, relationshipCount);
        ColumnIo.Read(file, relationships.Properties, relationshipCount);
        state.Arena = ByteArena.ReadFrom(reader);
        structure = SnapshotStructureIo.Read(reader);
        if (reader.ReadUInt32() != CheckpointFormat.EndMarker)
        {
            throw new StoreException("STORE_CORRUPT", $"The checkpoint {path} is incomplete.");
        }

        return state;
    }

    private static void ReadTokens(BinaryReader reader, TokenTable tokens)
    {
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            tokens.GetOrAdd(reader.ReadString());
        }
    }
}
