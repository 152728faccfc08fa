using System.Text;
using Graph.Storage.Columns;
using Graph.Storage.Durability;
using Graph.Storage.State;

namespace Graph.Storage.Tests.Columns;

public sealed class StringColumnTests
{
    // More than one chunk, so that full encoded chunks, a partial last one and appends after loading all occur.
    private const int Count = StringColumn.ChunkSize + 4_321;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strings_read_back_from_a_checkpoint_stay_encoded_and_read_as_written(bool mapped)
    {
        StringIdTable original = Table(Count);
        StringIdTable loaded = RoundTrip(original, mapped);

        Assert.Equal(Count, loaded.Count);
        Assert.NotNull(loaded.Values.EncodedChunk(0));
        StringColumnView view = loaded.Values.Freeze();
        foreach (int id in new[] { 0, 1, 77, StringColumn.ChunkSize - 1, StringColumn.ChunkSize, Count - 1 })
        {
            Assert.Equal(Text(id), view[id]);
            Assert.Equal(Text(id), view[id]);
            Assert.Equal(id, loaded.Find(Text(id)));
            Assert.Equal(id, loaded.FindVisible(Text(id), view));
        }

        Assert.Equal(-1, loaded.Find("not there"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Appending_after_a_load_keeps_ids_dense_and_old_views_unchanged(bool mapped)
    {
        StringIdTable loaded = RoundTrip(Table(Count), mapped);
        StringColumnView before = loaded.Values.Freeze();

        int added = loaded.GetOrAdd("新的字符串");
        Assert.Equal(Count, added);
        Assert.Equal(5, loaded.GetOrAdd(Text(5)));
        Assert.Equal("新的字符串", loaded.Values[added]);
        Assert.Equal(Text(Count - 1), loaded.Values[Count - 1]);
        Assert.Equal(-1, loaded.FindVisible("新的字符串", before));
        Assert.Equal(Text(Count - 1), before[Count - 1]);

        // Full chunks are written back as they were read; the appended chunk is encoded afresh.
        StringIdTable again = RoundTrip(loaded, mapped);
        Assert.Equal(Count + 1, again.Count);
        Assert.Equal("新的字符串", again.Values[Count]);
        Assert.Equal(Text(StringColumn.ChunkSize + 3), again.Values[StringColumn.ChunkSize + 3]);
        Assert.Equal(Count, again.Find("新的字符串"));
    }

    private static string Text(int id) => id % 3 == 0 ? $"案件{id}号" : $"source.csv:{id}";

    private static StringIdTable Table(int count)
    {
        var table = new StringIdTable();
        for (int id = 0; id < count; id++)
        {
            Assert.Equal(id, table.Add(Text(id)));
        }

        return table;
    }

    /// <summary>
    /// Writes and reads the table back; mapped, through a file that is deleted right after it is mapped, as the
    /// previous checkpoint is while snapshots of it are still read.
    /// </summary>
    private static StringIdTable RoundTrip(StringIdTable table, bool mapped)
    {
        string path = Path.Combine(Path.GetTempPath(), $"graph-strings-{Guid.NewGuid():N}.bin");
        using (var file = new FileStream(path, FileMode.CreateNew))
        using (var writer = new BinaryWriter(file, Encoding.UTF8))
        {
            StringBlockIo.Write(writer, table);
        }

        try
        {
            MappedFile? mapping = mapped ? MappedFile.TryOpen(path) : null;
            Assert.Equal(mapped, mapping is not null);
            var loaded = new StringIdTable();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            File.Delete(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            StringBlockIo.Read(reader, loaded, mapping);
            Assert.Equal(stream.Length, stream.Position);
            return loaded;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
