using Graph.Storage.Columns;
using Graph.Storage.Values;

namespace Graph.Storage.Durability;

/// <summary>
/// Property values inside a log payload: strings inline (the log carries no string table),
/// fixed 64-bit payloads for scalars, which older logs rely on.
/// </summary>
internal static class LogValueCodec
{
    /// <summary>[kind][payload]; list items are values again, so lists nest.</summary>
    public static void Write(ByteWriter writer, PropertyValue value)
    {
        writer.WriteByte((byte)value.Kind);
        switch (value.Kind)
        {
            case PropertyKind.Null:
                break;
            case PropertyKind.String:
                writer.WriteString(value.AsString);
                break;
            case PropertyKind.StringList:
                IReadOnlyList<string> strings = value.AsStringList;
                writer.WriteVarUInt((uint)strings.Count);
                for (int j = 0; j < strings.Count; j++)
                {
                    writer.WriteString(strings[j]);
                }

                break;
            case PropertyKind.List:
                IReadOnlyList<PropertyValue> items = value.AsList;
                writer.WriteVarUInt((uint)items.Count);
                for (int j = 0; j < items.Count; j++)
                {
                    Write(writer, items[j]);
                }

                break;
            case PropertyKind.Temporal:
                writer.WriteByte(value.TemporalKind);
                writer.WriteString(value.TemporalText);
                break;
            case PropertyKind.DateTime:
                writer.WriteInt64(value.RawBits);
                writer.WriteVarLong((long)value.AsDateTime.Offset.TotalMinutes);
                break;
            default:
                writer.WriteInt64(value.RawBits);
                break;
        }
    }

    public static PropertyValue Read(ref ByteReader reader)
    {
        var kind = (PropertyKind)reader.ReadByte();
        return kind switch
        {
            PropertyKind.Null => PropertyValue.Null,
            PropertyKind.String => PropertyValue.From(reader.ReadString()),
            PropertyKind.StringList => PropertyValue.From(ReadStrings(ref reader)),
            PropertyKind.List => PropertyValue.ListOf(ReadValues(ref reader)),
            PropertyKind.Temporal => ReadTemporal(ref reader),
            PropertyKind.Boolean => PropertyValue.From(reader.ReadInt64() != 0),
            PropertyKind.Integer => PropertyValue.From(reader.ReadInt64()),
            PropertyKind.Float => PropertyValue.From(BitConverter.Int64BitsToDouble(reader.ReadInt64())),
            PropertyKind.Date => PropertyValue.From(DateOnly.FromDayNumber((int)(reader.ReadInt64() + PropertyValue.EpochDayNumber))),
            PropertyKind.DateTime => ReadDateTime(ref reader),
            _ => throw new StoreException("STORE_CORRUPT", $"Unknown logged value kind {(byte)kind}."),
        };
    }

    public static string[] ReadStrings(ref ByteReader reader)
    {
        var items = new string[reader.ReadCount()];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }

    private static PropertyValue[] ReadValues(ref ByteReader reader)
    {
        var items = new PropertyValue[reader.ReadCount()];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = Read(ref reader);
        }

        return items;
    }

    private static PropertyValue ReadTemporal(ref ByteReader reader)
    {
        byte temporalKind = reader.ReadByte();
        return PropertyValue.Temporal(temporalKind, reader.ReadString());
    }

    private static PropertyValue ReadDateTime(ref ByteReader reader)
    {
        long utcTicks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadVarLong());
        return PropertyValue.From(new DateTimeOffset(utcTicks + offset.Ticks, offset));
    }
}
