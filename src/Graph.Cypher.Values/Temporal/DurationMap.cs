using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>duration({years: 1, days: 1.5, …}): every field may be fractional; unknown fields are an error.</summary>
public static class DurationMap
{
    public static CypherDuration Build(CypherMap map)
    {
        var parts = new DurationComponents();
        foreach (var (key, value) in map)
        {
            if (value.IsNull)
            {
                continue;
            }

            var number = value.IsNumber ? ToDecimal(value) : throw Fail.Type($"duration field '{key}' must be a number");
            switch (key.ToLowerInvariant())
            {
                case "years": parts.Years = number; break;
                case "quarters": parts.Quarters = number; break;
                case "months": parts.Months = number; break;
                case "weeks": parts.Weeks = number; break;
                case "days": parts.Days = number; break;
                case "hours": parts.Hours = number; break;
                case "minutes": parts.Minutes = number; break;
                case "seconds": parts.Seconds = number; break;
                case "milliseconds": parts.Milliseconds = number; break;
                case "microseconds": parts.Microseconds = number; break;
                case "nanoseconds": parts.Nanoseconds = number; break;
                default: throw Fail.Value($"No such duration field: '{key}'");
            }
        }

        return DurationBuilder.FromComponents(parts);
    }

    private static decimal ToDecimal(CypherValue value)
    {
        if (value.Kind == CypherValueKind.Integer)
        {
            return value.AsInteger;
        }

        var number = value.AsFloat;
        return double.IsFinite(number) && Math.Abs(number) < 7.9e27 ? (decimal)number : throw Fail.Range($"duration field out of range: {number}");
    }
}
