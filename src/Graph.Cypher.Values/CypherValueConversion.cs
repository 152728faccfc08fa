using System.Collections;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values;

/// <summary>Turns plain .NET values (query parameters, loader output) into Cypher values.</summary>
public static class CypherValueConversion
{
    public static CypherValue FromObject(object? value) => value switch
    {
        null => CypherValue.Null,
        CypherValue cypher => cypher,
        bool b => CypherValue.Boolean(b),
        long l => CypherValue.Integer(l),
        int i => CypherValue.Integer(i),
        short s => CypherValue.Integer(s),
        byte b => CypherValue.Integer(b),
        double d => CypherValue.Float(d),
        float f => CypherValue.Float(f),
        decimal m => CypherValue.Float((double)m),
        string s => CypherValue.String(s),
        char c => CypherValue.String(c.ToString()),
        DateOnly date => CypherValue.Date(CypherDate.Of(date.Year, date.Month, date.Day)),
        TimeOnly time => CypherValue.LocalTime(new CypherLocalTime(time.Ticks * 100)),
        DateTime dateTime => CypherValue.LocalDateTime(CypherLocalDateTime.FromEpochSecond(
            (dateTime.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond, dateTime.Ticks % TimeSpan.TicksPerSecond * 100)),
        DateTimeOffset instant => CypherValue.DateTime(CypherDateTime.FromInstant(
            instant.ToUnixTimeSeconds(), (int)(instant.UtcTicks % TimeSpan.TicksPerSecond * 100), CypherZone.Fixed((int)instant.Offset.TotalSeconds))),
        TimeSpan span => CypherValue.Duration(new CypherDuration(0, 0, 0, span.Ticks * 100)),
        IDictionary dictionary => CypherValue.Map(new CypherMap(dictionary.Keys.Cast<object>()
            .Select(k => new KeyValuePair<string, CypherValue>(k.ToString()!, FromObject(dictionary[k]))))),
        IEnumerable sequence => CypherValue.List(sequence.Cast<object?>().Select(FromObject).ToArray()),
        _ => throw Fail.Type($"No Cypher value for a {value.GetType().Name}"),
    };
}
