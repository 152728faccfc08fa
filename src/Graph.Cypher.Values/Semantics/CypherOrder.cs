using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Values.Semantics;

/// <summary>
/// The global sort order of ORDER BY, a total order over all values. Ascending: maps, nodes,
/// relationships, lists, paths, datetimes, local datetimes, dates, times, local times, durations,
/// strings, booleans, numbers (NaN last), and null after everything.
/// </summary>
public sealed class CypherOrder : IComparer<CypherValue>
{
    public static CypherOrder Instance { get; } = new();

    public int Compare(CypherValue x, CypherValue y)
    {
        var byType = Rank(x).CompareTo(Rank(y));
        if (byType != 0)
        {
            return byType;
        }

        return x.Kind switch
        {
            CypherValueKind.Null => 0,
            CypherValueKind.Integer or CypherValueKind.Float => NumberOrder.OrderCompare(x, y),
            CypherValueKind.String => string.CompareOrdinal(x.AsString, y.AsString),
            CypherValueKind.Boolean => x.AsBoolean.CompareTo(y.AsBoolean),
            CypherValueKind.List => CompareSequences(x.AsList, y.AsList),
            CypherValueKind.Map => CompareMaps(x.AsMap, y.AsMap),
            CypherValueKind.Node => x.AsNodeId.CompareTo(y.AsNodeId),
            CypherValueKind.Relationship => x.AsRelationshipId.CompareTo(y.AsRelationshipId),
            CypherValueKind.Path => ComparePaths(x.AsPath, y.AsPath),
            CypherValueKind.Date => x.AsDate.CompareTo(y.AsDate),
            CypherValueKind.LocalTime => x.AsLocalTime.CompareTo(y.AsLocalTime),
            CypherValueKind.Time => x.AsTime.CompareTo(y.AsTime),
            CypherValueKind.LocalDateTime => x.AsLocalDateTime.CompareTo(y.AsLocalDateTime),
            CypherValueKind.DateTime => x.AsDateTime.CompareTo(y.AsDateTime),
            _ => CompareDurations(x, y),
        };
    }

    private static int Rank(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Map => 0,
        CypherValueKind.Node => 1,
        CypherValueKind.Relationship => 2,
        CypherValueKind.List => 3,
        CypherValueKind.Path => 4,
        CypherValueKind.DateTime => 5,
        CypherValueKind.LocalDateTime => 6,
        CypherValueKind.Date => 7,
        CypherValueKind.Time => 8,
        CypherValueKind.LocalTime => 9,
        CypherValueKind.Duration => 10,
        CypherValueKind.String => 11,
        CypherValueKind.Boolean => 12,
        CypherValueKind.Integer or CypherValueKind.Float => 13,
        _ => 14,
    };

    private int CompareSequences(IReadOnlyList<CypherValue> left, IReadOnlyList<CypherValue> right)
    {
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var result = Compare(left[i], right[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private int CompareMaps(CypherMap left, CypherMap right)
    {
        var leftKeys = left.Keys.Order(StringComparer.Ordinal).ToArray();
        var rightKeys = right.Keys.Order(StringComparer.Ordinal).ToArray();
        var common = Math.Min(leftKeys.Length, rightKeys.Length);
        for (var i = 0; i < common; i++)
        {
            var byKey = string.CompareOrdinal(leftKeys[i], rightKeys[i]);
            if (byKey != 0)
            {
                return byKey;
            }

            var byValue = Compare(left[leftKeys[i]], right[rightKeys[i]]);
            if (byValue != 0)
            {
                return byValue;
            }
        }

        return leftKeys.Length.CompareTo(rightKeys.Length);
    }

    private static int ComparePaths(CypherPath left, CypherPath right)
    {
        var byNodes = left.Nodes.SequenceCompareTo(right.Nodes);
        return byNodes != 0 ? byNodes : left.Relationships.SequenceCompareTo(right.Relationships);
    }

    private static int CompareDurations(CypherValue x, CypherValue y)
    {
        var (a, b) = (x.AsDuration, y.AsDuration);
        var result = a.Months.CompareTo(b.Months);
        result = result != 0 ? result : a.Days.CompareTo(b.Days);
        result = result != 0 ? result : a.Seconds.CompareTo(b.Seconds);
        return result != 0 ? result : a.Nanos.CompareTo(b.Nanos);
    }
}
