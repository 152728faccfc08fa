using System.Text;
using Graph.Storage.Columns;

namespace Graph.Storage.Tests.Columns;

public sealed class ByteArenaTests
{
    // Enough records for three chunks, so that mapped full chunks and a copied last chunk both occur.
    private const int Records = 3 * ByteArena.ChunkSize / 120;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Records_read_back_from_a_checkpoint_read_as_written_and_appends_continue(bool mapped)
    {
        var arena = new ByteArena();
        var addresses = new long[Records];
        for (int i = 0; i < Records; i++)
        {
            addresses[i] = arena.Append(Record(i));
        }

        string path = Path.Combine(Path.GetTempPath(), $"graph-arena-{Guid.NewGuid():N}.bin");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                arena.WriteTo(writer);
            }

            MappedFile? mapping = mapped ? MappedFile.TryOpen(path) : null;
            Assert.Equal(mapped, mapping is not null);
            ByteArena loaded;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete))
            using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
            {
                File.Delete(path);
                loaded = ByteArena.ReadFrom(reader, mapping);
                Assert.Equal(stream.Length, stream.Position);
            }

            ArenaView before = loaded.Freeze();
            long added = loaded.Append(Record(-1));
            for (int i = 0; i < Records; i += 997)
            {
                Assert.Equal(Record(i), loaded.Read(addresses[i]).ToArray());
                Assert.Equal(Record(i), before.Read(addresses[i]).ToArray());
            }

            Assert.Equal(Record(Records - 1), before.Read(addresses[^1]).ToArray());
            Assert.Equal(Record(-1), loaded.Read(added).ToArray());
            Assert.True(added >> 32 == addresses[^1] >> 32, "appends continue in the last chunk read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_section_past_the_end_of_a_mapped_file_is_refused()
    {
        string path = Path.Combine(Path.GetTempPath(), $"graph-arena-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, new byte[100]);
            MappedFile mapping = MappedFile.TryOpen(path)!;
            var error = Assert.Throws<StoreException>(() => new ArenaChunk(mapping, 90, 20));
            Assert.Equal("STORE_CORRUPT", error.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Record(int i) => Encoding.UTF8.GetBytes($"record {i} " + new string('x', 100));
}
