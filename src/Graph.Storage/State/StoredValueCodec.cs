using Graph.Storage.Columns;
using Graph.Storage.Values;

namespace Graph.Storage.State;

/// <summary>
/// Values as kept in property records: [kind][payload], strings as interned ids, integers and
/// dates as zig-zag varints, so a typical property costs a few bytes and reads back without
/// allocating (except lists). List items are whole values, [kind][payload] again, so lists nest;
/// temporals are [kind][sub-kind byte][interned text id].
/// </summary>
internal static class StoredValueCodec
{
    public static void Write(ByteWriter writer, PropertyValue value, StringIdTable strings)
    {
        writer.WriteByte((byte)value.Kind);
        switch (value.Kind)
        {
            case PropertyKind.Null:
                // Only reached for list items: a null property is absent from its record.
                break;
            case PropertyKind.Boolean:
                writer.WriteByte(value.AsBoolean ? (byte)1 : (byte)0);
                break;
            case PropertyKind.Integer:
            case PropertyKind.Date:
                writer.WriteVarLong(value.RawBits);
                break;
            case PropertyKind.Float:
                writer.WriteInt64(value.RawBits);
                break;
            case PropertyKind.String:
                writer.WriteVarUInt((uint)strings.GetOrAdd(value.AsString));
                break;
            case PropertyKind.DateTime:
                writer.WriteInt64(value.RawBits);
                writer.WriteVarLong((long)value.AsDateTime.Offset.TotalMinutes);
                break;
            case PropertyKind.StringList:
                IReadOnlyList<string> items = value.AsStringList;
                writer.WriteVarUInt((uint)items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    writer.WriteVarUInt((uint)strings.GetOrAdd(items[i]));
                }

                break;
            case PropertyKind.List:
                IReadOnlyList<PropertyValue> values = value.AsList;
                writer.WriteVarUInt((uint)values.Count);
                for (int i = 0; i < values.Count; i++)
                {
                    Write(writer, values[i], strings);
                }

                break;
            case PropertyKind.Temporal:
                writer.WriteByte(value.TemporalKind);
                writer.WriteVarUInt((uint)strings.GetOrAdd(value.TemporalText));
                break;
            default:
                throw new StoreException("STORE_BAD_VALUE", $"Cannot store a value of kind {value.Kind}.");
        }
    }

    public static PropertyValue Read(ref ByteReader reader, StringColumnView strings)
    {
        var kind = (PropertyKind)reader.ReadByte();
        switch (kind)
        {
            case PropertyKind.Null:
                return PropertyValue.Null;
            case PropertyKind.Boolean:
                return PropertyValue.From(reader.ReadByte() != 0);
            case PropertyKind.Integer:
                return PropertyValue.From(reader.ReadVarLong());
            case PropertyKind.Date:
                return PropertyValue.From(DateOnly.FromDayNumber((int)(reader.ReadVarLong() + PropertyValue.EpochDayNumber)));
            case PropertyKind.Float:
                return PropertyValue.From(BitConverter.Int64BitsToDouble(reader.ReadInt64()));
            case PropertyKind.String:
                return PropertyValue.From(strings[reader.ReadCount()]);
            case PropertyKind.DateTime:
                long utcTicks = reader.ReadInt64();
                var offset = TimeSpan.FromMinutes(reader.ReadVarLong());
                return PropertyValue.From(new DateTimeOffset(utcTicks + offset.Ticks, offset));
            case PropertyKind.StringList:
                var items = new string[reader.ReadCount()];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = strings[reader.ReadCount()];
                }

                return PropertyValue.From(items);
            case PropertyKind.List:
                var values = new PropertyValue[reader.ReadCount()];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Read(ref reader, strings);
                }

                return PropertyValue.ListOf(values);
            case PropertyKind.Temporal:
                byte temporalKind = reader.ReadByte();
                return PropertyValue.Temporal(temporalKind, strings[reader.ReadCount()]);
            default:
                throw new StoreException("STORE_CORRUPT", $"Unknown stored value kind {(byte)kind}.");
        }
    }

    /// <summary>The value's kind and 64-bit identity (string id for strings), for exact-match indexes; false for lists and temporals.</summary>
    public static bool TryReadScalar(ref ByteReader reader, out PropertyKind kind, out long bits)
    {
        kind = (PropertyKind)reader.ReadByte();
        switch (kind)
        {
            case PropertyKind.Boolean:
                bits = reader.ReadByte();
                return true;
            case PropertyKind.Integer:
            case PropertyKind.Date:
                bits = reader.ReadVarLong();
                return true;
            case PropertyKind.Float:
                bits = reader.ReadInt64();
                return true;
            case PropertyKind.String:
                bits = (long)reader.ReadVarUInt();
                return true;
            case PropertyKind.DateTime:
                bits = reader.ReadInt64();
                reader.ReadVarLong();
                return true;
            default:
                SkipPayload(ref reader, kind);
                bits = 0;
                return false;
        }
    }

    public static void Skip(ref ByteReader reader) => SkipPayload(ref reader, (PropertyKind)reader.ReadByte());

    private static void SkipPayload(ref ByteReader reader, PropertyKind kind)
    {
        switch (kind)
        {
            case PropertyKind.Null:
                break;
            case PropertyKind.Boolean:
                reader.ReadByte();
                break;
            case PropertyKind.Integer:
            case PropertyKind.Date:
            case PropertyKind.String:
                reader.ReadVarUInt();
                break;
            case PropertyKind.Float:
                reader.ReadInt64();
                break;
            case PropertyKind.DateTime:
                reader.ReadInt64();
                reader.ReadVarUInt();
                break;
            case PropertyKind.StringList:
                int count = reader.ReadCount();
                for (int i = 0; i < count; i++)
                {
                    reader.ReadVarUInt();
                }

                break;
            case PropertyKind.List:
                int items = reader.ReadCount();
                for (int i = 0; i < items; i++)
                {
                    Skip(ref reader);
                }

                break;
            case PropertyKind.Temporal:
                reader.ReadByte();
                reader.ReadVarUInt();
                break;
            default:
                throw new StoreException("STORE_CORRUPT", $"Unknown stored value kind {(byte)kind}.");
        }
    }
}
