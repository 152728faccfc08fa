using System.Runtime.ExceptionServices;
using System.Text;
using Graph.Storage.Columns;
using Graph.Storage.Snapshots;
using Graph.Storage.State;

namespace Graph.Storage.Durability;

/// <summary>
/// Loads a checkpoint written by <see cref="CheckpointWriter"/>. A first pass reads only the section headers to find
/// where the strings, the columns and arena, and the snapshot structure start; the three are then read at once, each
/// through its own stream — most of an open is the kernel handing out and filling fresh pages, which spreads over
/// the cores. Where the file can be mapped (<see cref="MappedFile"/>), the encoded strings and the property records are
/// not read at all but used where they lie.
/// </summary>
internal static class CheckpointReader
{
    private const int BufferSize = 1 << 20;

    // The header pass reads a few bytes, then seeks past a whole section, about a thousand times: every seek throws
    // the buffer away, so a large one would read (and copy) most of the string section only to skip it.
    private const int HeaderBufferSize = 4096;

    public static GraphState Read(string path, out SnapshotStructure structure)
    {
        var state = new GraphState();
        long stringsAt;
        long columnsAt;
        long structureAt;
        int nodeCount;
        using (FileStream file = Open(path, 0, HeaderBufferSize))
        using (var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true))
        {
            if (reader.ReadUInt32() != CheckpointFormat.Magic || reader.ReadInt32() != CheckpointFormat.Version)
            {
                throw new StoreException("STORE_CORRUPT", $"{path} is not a checkpoint of this format.");
            }

            state.Version = reader.ReadInt64();
            int metaCount = reader.ReadInt32();
            for (int i = 0; i < metaCount; i++)
            {
                state.Meta[reader.ReadString()] = reader.ReadString();
            }

            ReadTokens(reader, state.Labels);
            ReadTokens(reader, state.Types);
            ReadTokens(reader, state.PropertyKeys);
            stringsAt = file.Position;
            StringBlockIo.Skip(reader);
            nodeCount = StringBlockIo.Skip(reader);
            columnsAt = file.Position;
            file.Seek((long)nodeCount * (sizeof(ulong) + sizeof(long)), SeekOrigin.Current);
            int relationshipCount = reader.ReadInt32();
            file.Seek((long)relationshipCount * (sizeof(ushort) + sizeof(int) + sizeof(int) + sizeof(int) + sizeof(long)), SeekOrigin.Current);
            ByteArena.Skip(reader);
            structureAt = file.Position;
        }

        SnapshotStructure? read = null;
        MappedFile? mapping = MappedFile.TryOpen(path);
        try
        {
            Parallel.Invoke(
                () => ReadStrings(path, stringsAt, state, mapping),
                () => ReadColumns(path, columnsAt, nodeCount, state, mapping),
                () => read = ReadStructure(path, structureAt));
        }
        catch (AggregateException e)
        {
            // Callers handle a bad or vanished file by its own exception (StoreException, FileNotFoundException).
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        structure = read!;
        return state;
    }

    private static void ReadStrings(string path, long at, GraphState state, MappedFile? mapping)
    {
        // Mapped, this stream reads only the blocks' lengths between seeks: a large buffer would copy the bytes skipped.
        using FileStream file = Open(path, at, mapping is null ? BufferSize : HeaderBufferSize);
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        StringBlockIo.Read(reader, state.Strings, mapping);
        StringBlockIo.Read(reader, state.Nodes.Keys, mapping);
    }

    private static void ReadColumns(string path, long at, int nodeCount, GraphState state, MappedFile? mapping)
    {
        using FileStream file = Open(path, at);
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        ColumnIo.Read(file, state.Nodes.Labels, nodeCount);
        ColumnIo.Read(file, state.Nodes.Properties, nodeCount);

        int relationshipCount = reader.ReadInt32();
        RelationshipColumns relationships = state.Relationships;
        ColumnIo.Read(file, relationships.Type, relationshipCount);
        ColumnIo.Read(file, relationships.Start, relationshipCount);
        ColumnIo.Read(file, relationships.End, relationshipCount);
        ColumnIo.Read(file, relationships.Discriminator, relationshipCount);
        ColumnIo.Read(file, relationships.Properties, relationshipCount);
        state.Arena = ByteArena.ReadFrom(reader, mapping);
    }

    private static SnapshotStructure ReadStructure(string path, long at)
    {
        using FileStream file = Open(path, at);
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        SnapshotStructure structure = SnapshotStructureIo.Read(reader);
        if (reader.ReadUInt32() != CheckpointFormat.EndMarker)
        {
            throw new StoreException("STORE_CORRUPT", $"The checkpoint {path} is incomplete.");
        }

        return structure;
    }

    private static FileStream Open(string path, long at = 0, int bufferSize = BufferSize)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize);
        file.Position = at;
        return file;
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
