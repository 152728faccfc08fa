using System.Runtime.InteropServices;
using Graph.Storage.Columns;

namespace Graph.Storage.Snapshots;

/// <summary>Raw binary form of a <see cref="SnapshotStructure"/> inside a checkpoint: arrays as bytes, read back in bulk.</summary>
internal static class SnapshotStructureIo
{
    public static void Write(BinaryWriter writer, SnapshotStructure structure)
    {
        writer.Write(structure.IndexSpecs.Length);
        foreach (IndexSpec spec in structure.IndexSpecs)
        {
            writer.Write(spec.Label);
            writer.Write(spec.Property);
        }

        WriteCsr(writer, structure.Outgoing);
        WriteCsr(writer, structure.Incoming);
        writer.Write(structure.NodesByLabel.Length);
        foreach (int[] nodes in structure.NodesByLabel)
        {
            WriteArray<int>(writer, nodes);
        }

        writer.Write(structure.Indexes.Count);
        foreach (((int label, int key), PropertyIndex index) in structure.Indexes)
        {
            writer.Write(label);
            writer.Write(key);
            WriteArray<int>(writer, index.KindStart);
            WriteArray<long>(writer, index.Values);
            WriteArray<int>(writer, index.Nodes);
        }
    }

    public static SnapshotStructure Read(BinaryReader reader)
    {
        var specs = new IndexSpec[reader.ReadInt32()];
        for (int i = 0; i < specs.Length; i++)
        {
            specs[i] = new IndexSpec(reader.ReadString(), reader.ReadString());
        }

        Csr outgoing = ReadCsr(reader);
        Csr incoming = ReadCsr(reader);
        var nodesByLabel = new int[reader.ReadInt32()][];
        for (int i = 0; i < nodesByLabel.Length; i++)
        {
            nodesByLabel[i] = ReadArray<int>(reader);
        }

        int indexCount = reader.ReadInt32();
        var indexes = new Dictionary<(int Label, int Key), PropertyIndex>(indexCount);
        for (int i = 0; i < indexCount; i++)
        {
            int label = reader.ReadInt32();
            int key = reader.ReadInt32();
            indexes[(label, key)] = new PropertyIndex(ReadArray<int>(reader), ReadArray<long>(reader), ReadArray<int>(reader));
        }

        return new SnapshotStructure(outgoing, incoming, nodesByLabel, indexes, specs);
    }

    private static void WriteCsr(BinaryWriter writer, Csr csr)
    {
        WriteArray<int>(writer, csr.Offsets);
        WriteArray<int>(writer, csr.Neighbours);
        WriteArray<int>(writer, csr.Relationships);
        WriteArray<ushort>(writer, csr.Types);
    }

    private static Csr ReadCsr(BinaryReader reader) =>
        new(ReadArray<int>(reader), ReadArray<int>(reader), ReadArray<int>(reader), ReadArray<ushort>(reader));

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var values = new T[reader.ReadInt32()];
        BulkRead.Fill(reader.BaseStream, MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
