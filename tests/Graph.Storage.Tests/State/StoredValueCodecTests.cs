using Graph.Storage.Columns;
using Graph.Storage.Durability;
using Graph.Storage.State;
using Graph.Storage.Values;

namespace Graph.Storage.Tests.State;

/// <summary>Byte-level pins: existing stores must keep decoding, so the old kinds' bytes may never change.</summary>
public sealed class StoredValueCodecTests
{
    private static readonly PropertyValue[] Samples =
    [
        PropertyValue.From(true),
        PropertyValue.From(-5L),
        PropertyValue.From("张三"),
        PropertyValue.From(["a", "b"]),
        PropertyValue.Temporal(4, "2015-07-21T21:40:32.142+01:00[Europe/London]"),
        PropertyValue.ListOf([]),
        PropertyValue.ListOf([
            PropertyValue.Null,
            PropertyValue.From("a"),
            PropertyValue.From(0.1),
            PropertyValue.From(new DateOnly(1969, 12, 31)),
            PropertyValue.From(new DateTimeOffset(2020, 2, 29, 23, 59, 59, TimeSpan.FromHours(-9.5))),
            PropertyValue.From(["a", "c"]),
            PropertyValue.ListOf([PropertyValue.ListOf([PropertyValue.Temporal(0, "P1D")]), PropertyValue.Null]),
        ]),
    ];

    [Fact]
    public void Stored_values_read_back_equal_and_skip_and_index_scans_stop_at_their_end()
    {
        foreach (PropertyValue value in Samples)
        {
            StoredRoundTrip(value);
        }
    }

    [Fact]
    public void Logged_values_read_back_equal()
    {
        foreach (PropertyValue value in Samples)
        {
            var writer = new ByteWriter();
            LogValueCodec.Write(writer, value);
            var reader = new ByteReader(writer.WrittenSpan);

            Assert.Equal(value, LogValueCodec.Read(ref reader));
            Assert.True(reader.AtEnd);
        }
    }

    [Fact]
    public void Old_kinds_keep_their_bytes_and_new_kinds_use_new_tags()
    {
        var strings = new StringIdTable();
        strings.Add("a");
        strings.Add("P1D");

        Assert.Equal([2, 9], Stored(PropertyValue.From(-5L), strings));
        Assert.Equal([4, 0], Stored(PropertyValue.From("a"), strings));
        Assert.Equal([7, 2, 0, 1], Stored(PropertyValue.From(["a", "P1D"]), strings));
        Assert.Equal([9, 3, 1], Stored(PropertyValue.Temporal(3, "P1D"), strings));
        Assert.Equal([8, 3, 0, 2, 2, 8, 1, 4, 0], Stored(PropertyValue.ListOf([PropertyValue.Null, PropertyValue.From(1L), PropertyValue.ListOf([PropertyValue.From("a")])]), strings));

        Assert.Equal([2, 251, 255, 255, 255, 255, 255, 255, 255], Logged(PropertyValue.From(-5L)));
        Assert.Equal([4, 1, (byte)'a'], Logged(PropertyValue.From("a")));
        Assert.Equal([9, 3, 3, (byte)'P', (byte)'1', (byte)'D'], Logged(PropertyValue.Temporal(3, "P1D")));
        Assert.Equal([8, 2, 0, 7, 1, 1, (byte)'a'], Logged(PropertyValue.ListOf([PropertyValue.Null, PropertyValue.From(["a"])])));
    }

    private static void StoredRoundTrip(PropertyValue value)
    {
        var strings = new StringIdTable();
        var writer = new ByteWriter();
        StoredValueCodec.Write(writer, value, strings);
        StoredValueCodec.Write(writer, PropertyValue.From(42L), strings);
        byte[] bytes = writer.WrittenSpan.ToArray();

        var reader = new ByteReader(bytes);
        Assert.Equal(value, StoredValueCodec.Read(ref reader, strings.Values.Freeze()));
        Assert.Equal(42L, StoredValueCodec.Read(ref reader, strings.Values.Freeze()).AsInteger);

        var skipper = new ByteReader(bytes);
        StoredValueCodec.Skip(ref skipper);
        var scanner = new ByteReader(bytes);
        bool indexed = StoredValueCodec.TryReadScalar(ref scanner, out _, out _);
        Assert.Equal(bytes.Length - 2, skipper.Position);
        Assert.Equal(bytes.Length - 2, scanner.Position);
        Assert.Equal(value.Kind is not (PropertyKind.StringList or PropertyKind.List or PropertyKind.Temporal), indexed);
    }

    private static byte[] Stored(PropertyValue value, StringIdTable strings)
    {
        var writer = new ByteWriter();
        StoredValueCodec.Write(writer, value, strings);
        return writer.WrittenSpan.ToArray();
    }

    private static byte[] Logged(PropertyValue value)
    {
        var writer = new ByteWriter();
        LogValueCodec.Write(writer, value);
        return writer.WrittenSpan.ToArray();
    }
}
