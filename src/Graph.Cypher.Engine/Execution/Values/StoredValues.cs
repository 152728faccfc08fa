using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Formatting;
using Graph.Cypher.Values.Temporal;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Values;

/// <summary>
/// The bridge between the store's property values and Cypher values. Storage knows nothing of
/// Cypher, so richer values (lists, the wider temporal types) are encoded here.
/// </summary>
public static class StoredValues
{
    public static CypherValue ToCypher(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Null => CypherValue.Null,
        PropertyKind.Boolean => CypherValue.Boolean(value.AsBoolean),
        PropertyKind.Integer => CypherValue.Integer(value.AsInteger),
        PropertyKind.Float => CypherValue.Float(value.AsFloat),
        PropertyKind.String => CypherValue.String(value.AsString),
        PropertyKind.Date => CypherValue.Date(new Graph.Cypher.Values.Temporal.CypherDate(value.DateDays)),
        PropertyKind.DateTime => Instant(value.AsDateTime),
        PropertyKind.StringList => Strings(value.AsStringList),
        PropertyKind.List => List(value.AsList),
        PropertyKind.Temporal => Temporal((CypherValueKind)value.TemporalKind, value.TemporalText),
        _ => CypherValue.Null,
    };

    /// <summary>The stored form of a property value; null when the value cannot be a property (maps, nodes, ...).</summary>
    public static PropertyValue? ToProperty(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Null => PropertyValue.Null,
        CypherValueKind.Boolean => PropertyValue.From(value.AsBoolean),
        CypherValueKind.Integer => PropertyValue.From(value.AsInteger),
        CypherValueKind.Float => PropertyValue.From(value.AsFloat),
        CypherValueKind.String => PropertyValue.From(value.AsString),
        CypherValueKind.Date => PropertyValue.From(DateOnly.FromDayNumber((int)(value.AsDate.EpochDay + PropertyValue.EpochDayNumber))),
        CypherValueKind.LocalTime or CypherValueKind.Time or CypherValueKind.LocalDateTime or CypherValueKind.DateTime or CypherValueKind.Duration =>
            PropertyValue.Temporal((byte)value.Kind, CypherStringConversion.TryConvert(value)!),
        CypherValueKind.List => ListProperty(value.AsList),
        _ => null,
    };

    private static PropertyValue? ListProperty(CypherList list)
    {
        var items = new PropertyValue[list.Count];
        for (int i = 0; i < items.Length; i++)
        {
            // Lists stored as properties hold no nulls, maps or graph elements.
            if (list[i].IsNull || ToProperty(list[i]) is not { } item)
            {
                return null;
            }

            items[i] = item;
        }

        return PropertyValue.ListOf(items);
    }

    private static CypherValue Instant(DateTimeOffset value)
    {
        long ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        long seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out long remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return CypherValue.DateTime(CypherDateTime.FromInstant(seconds, (int)(remainder * 100), CypherZone.Fixed((int)value.Offset.TotalSeconds)));
    }

    private static CypherValue List(IReadOnlyList<PropertyValue> stored)
    {
        var items = new CypherValue[stored.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = ToCypher(stored[i]);
        }

        return CypherValue.List(items);
    }

    private static CypherValue Temporal(CypherValueKind kind, string text) => kind switch
    {
        CypherValueKind.LocalTime => CypherValue.LocalTime(TemporalParser.ParseLocalTime(text)),
        CypherValueKind.Time => CypherValue.Time(TemporalParser.ParseTime(text)),
        CypherValueKind.LocalDateTime => CypherValue.LocalDateTime(TemporalParser.ParseLocalDateTime(text)),
        CypherValueKind.DateTime => CypherValue.DateTime(TemporalParser.ParseDateTime(text)),
        _ => CypherValue.Duration(TemporalParser.ParseDuration(text)),
    };

    private static CypherValue Strings(IReadOnlyList<string> strings)
    {
        var items = new CypherValue[strings.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = CypherValue.String(strings[i]);
        }

        return CypherValue.List(items);
    }
}
