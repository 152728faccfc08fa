using Graph.Storage.Columns;

namespace Graph.Storage.Tests.Columns;

public sealed class BulkReadTests
{
    [Theory]
    [InlineData(0, 1000)]
    [InlineData(0, (1 << 20) + 123)]
    [InlineData(777, (3 << 20) + 5)]
    public void A_filled_range_holds_the_stream_bytes_and_nothing_around_it_changes(int offset, int length)
    {
        byte[] source = new byte[length];
        new Random(length).NextBytes(source);
        byte[] target = GC.AllocateUninitializedArray<byte>(offset + length + 999);
        target.AsSpan().Fill(0xAB);

        BulkRead.Fill(new MemoryStream(source), target.AsSpan(offset, length));

        Assert.True(target.AsSpan(offset, length).SequenceEqual(source));
        Assert.All(target[..offset], b => Assert.Equal(0xAB, b));
        Assert.All(target[(offset + length)..], b => Assert.Equal(0xAB, b));
    }

    [Fact]
    public void A_short_stream_is_an_error()
    {
        byte[] target = new byte[1 << 20];
        Assert.Throws<EndOfStreamException>(() => BulkRead.Fill(new MemoryStream(new byte[100]), target));
    }
}
