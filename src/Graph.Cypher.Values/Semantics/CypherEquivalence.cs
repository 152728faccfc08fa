using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Values.Semantics;

/// <summary>
/// Equivalence for DISTINCT, grouping and hashing: like equality, but null ≡ null and NaN ≡ NaN,
/// so it is a true equivalence relation; 1 ≡ 1.0 as in equality.
/// </summary>
public static class CypherEquivalence
{
    public static bool AreEquivalent(CypherValue left, CypherValue right)
    {
        if (left.IsNumber && right.IsNumber)
        {
            return NumberOrder.OrderCompare(left, right) == 0;
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            CypherValueKind.Null => true,
            CypherValueKind.String => string.Equals(left.AsString, right.AsString, StringComparison.Ordinal),
            CypherValueKind.List => ListsEquivalent(left.AsList, right.AsList),
            CypherValueKind.Map => MapsEquivalent(left.AsMap, right.AsMap),
            CypherValueKind.Path => PathsEquivalent(left.AsPath, right.AsPath),
            CypherValueKind.LocalDateTime => left.AsLocalDateTime == right.AsLocalDateTime,
            CypherValueKind.DateTime => left.AsDateTime == right.AsDateTime,
            CypherValueKind.Duration => left.AsDuration == right.AsDuration,
            _ => left.Bits == right.Bits,
        };
    }

    public static int Hash(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Null => 0,
        CypherValueKind.Integer => value.AsInteger.GetHashCode(),
        CypherValueKind.Float => HashFloat(value.AsFloat),
        CypherValueKind.String => string.GetHashCode(value.AsString, StringComparison.Ordinal),
        CypherValueKind.List => HashList(value.AsList),
        CypherValueKind.Map => value.AsMap.Aggregate(17, (h, e) => h + (string.GetHashCode(e.Key, StringComparison.Ordinal) ^ Hash(e.Value))),
        CypherValueKind.Path => HashCode.Combine(value.AsPath.Start, value.AsPath.End, value.AsPath.Length),
        CypherValueKind.LocalDateTime or CypherValueKind.DateTime or CypherValueKind.Duration => value.Reference!.GetHashCode(),
        _ => HashCode.Combine(value.Kind, value.Bits),
    };

    private static int HashFloat(double value)
    {
        // Integral floats hash like the equal integer, so 1 and 1.0 land in one group.
        if (value == Math.Floor(value) && value >= long.MinValue && value < 9_223_372_036_854_775_808.0)
        {
            return ((long)value).GetHashCode();
        }

        return double.IsNaN(value) ? int.MinValue : value.GetHashCode();
    }

    private static int HashList(CypherList list)
    {
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(Hash(item));
        }

        return hash.ToHashCode();
    }

    private static bool ListsEquivalent(CypherList left, CypherList right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!AreEquivalent(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapsEquivalent(CypherMap left, CypherMap right) =>
        left.Count == right.Count && left.All(e => right.TryGetValue(e.Key, out var other) && AreEquivalent(e.Value, other));

    private static bool PathsEquivalent(CypherPath left, CypherPath right) =>
        left.Nodes.SequenceEqual(right.Nodes) && left.Relationships.SequenceEqual(right.Relationships);
}
