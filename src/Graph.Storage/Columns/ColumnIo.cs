using System.Runtime.InteropServices;

namespace Graph.Storage.Columns;

/// <summary>Bulk binary transfer of columns: whole chunks as raw bytes, no per-element parsing.</summary>
internal static class ColumnIo
{
    public static void Write<T>(Stream stream, ChunkedColumn<T> column)
        where T : unmanaged
    {
        for (int chunk = 0; chunk < column.ChunkCount; chunk++)
        {
            stream.Write(MemoryMarshal.AsBytes(column.ChunkContents(chunk)));
        }
    }

    public static void Read<T>(Stream stream, ChunkedColumn<T> column, int count)
        where T : unmanaged
    {
        while (count > 0)
        {
            Span<T> slice = column.AppendChunkSlice(count);
            BulkRead.Fill(stream, MemoryMarshal.AsBytes(slice));
            count -= slice.Length;
        }
    }
}
