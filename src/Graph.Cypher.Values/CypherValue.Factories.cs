using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values;

public readonly partial struct CypherValue
{
    public static readonly CypherValue Null;

    public static readonly CypherValue True = new(CypherValueKind.Boolean, 1, null);

    public static readonly CypherValue False = new(CypherValueKind.Boolean, 0, null);

    public static CypherValue Boolean(bool value) => value ? True : False;

    public static CypherValue Integer(long value) => new(CypherValueKind.Integer, value, null);

    public static CypherValue Float(double value) => new(CypherValueKind.Float, BitConverter.DoubleToInt64Bits(value), null);

    public static CypherValue String(string? value) => value is null ? Null : new(CypherValueKind.String, 0, value);

    public static CypherValue List(CypherList list) => new(CypherValueKind.List, 0, list);

    public static CypherValue List(params CypherValue[] items) => List(new CypherList(items));

    public static CypherValue Map(CypherMap map) => new(CypherValueKind.Map, 0, map);

    public static CypherValue Node(int id) => new(CypherValueKind.Node, id, null);

    public static CypherValue Relationship(int id) => new(CypherValueKind.Relationship, id, null);

    public static CypherValue Path(CypherPath path) => new(CypherValueKind.Path, 0, path);

    public static CypherValue Date(CypherDate date) => new(CypherValueKind.Date, date.EpochDay, null);

    public static CypherValue LocalTime(CypherLocalTime time) => new(CypherValueKind.LocalTime, time.NanoOfDay, null);

    /// <summary>Nano-of-day needs 47 bits and the offset (±18 h in seconds) 17, so a time packs into the payload.</summary>
    public static CypherValue Time(CypherTime time) =>
        new(CypherValueKind.Time, (time.NanoOfDay << 17) | (uint)(time.OffsetSeconds + 65536), null);

    public static CypherValue LocalDateTime(CypherLocalDateTime value) => new(CypherValueKind.LocalDateTime, 0, value);

    public static CypherValue DateTime(CypherDateTime value) => new(CypherValueKind.DateTime, 0, value);

    public static CypherValue Duration(CypherDuration value) => new(CypherValueKind.Duration, 0, value);

    public static implicit operator CypherValue(long value) => Integer(value);

    public static implicit operator CypherValue(double value) => Float(value);

    public static implicit operator CypherValue(bool value) => Boolean(value);
}
