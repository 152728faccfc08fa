using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Values.Semantics;

/// <summary>The &lt;, &lt;=, &gt;, &gt;= operators: only values of one comparable type order; anything else is null.</summary>
public static class CypherComparison
{
    public static CypherValue LessThan(CypherValue left, CypherValue right) =>
        Apply(Compare(left, right), r => r == ComparisonResult.Less);

    public static CypherValue LessThanOrEqual(CypherValue left, CypherValue right) =>
        Apply(Compare(left, right), r => r != ComparisonResult.Greater);

    public static CypherValue GreaterThan(CypherValue left, CypherValue right) =>
        Apply(Compare(left, right), r => r == ComparisonResult.Greater);

    public static CypherValue GreaterThanOrEqual(CypherValue left, CypherValue right) =>
        Apply(Compare(left, right), r => r != ComparisonResult.Less);

    public static ComparisonResult Compare(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return ComparisonResult.Incomparable;
        }

        if (left.IsNumber && right.IsNumber)
        {
            return NumberOrder.Compare(left, right);
        }

        if (left.Kind != right.Kind)
        {
            return ComparisonResult.Incomparable;
        }

        return left.Kind switch
        {
            CypherValueKind.String => FromSign(string.CompareOrdinal(left.AsString, right.AsString)),
            CypherValueKind.Boolean => FromSign(left.AsBoolean.CompareTo(right.AsBoolean)),
            CypherValueKind.List => CompareLists(left.AsList, right.AsList),
            CypherValueKind.Date => FromSign(left.AsDate.CompareTo(right.AsDate)),
            CypherValueKind.LocalTime => FromSign(left.AsLocalTime.CompareTo(right.AsLocalTime)),
            CypherValueKind.Time => FromSign(left.AsTime.UtcNanoOfDay.CompareTo(right.AsTime.UtcNanoOfDay)),
            CypherValueKind.LocalDateTime => FromSign(left.AsLocalDateTime.CompareTo(right.AsLocalDateTime)),
            CypherValueKind.DateTime => CompareInstants(left, right),
            _ => ComparisonResult.Incomparable,
        };
    }

    private static ComparisonResult CompareInstants(CypherValue left, CypherValue right)
    {
        var (a, b) = (left.AsDateTime, right.AsDateTime);
        var bySecond = a.EpochSecond.CompareTo(b.EpochSecond);
        return FromSign(bySecond != 0 ? bySecond : a.Nano.CompareTo(b.Nano));
    }

    private static ComparisonResult CompareLists(CypherList left, CypherList right)
    {
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var result = Compare(left[i], right[i]);
            if (result != ComparisonResult.Equal)
            {
                return result;
            }
        }

        return FromSign(left.Count.CompareTo(right.Count));
    }

    private static ComparisonResult FromSign(int sign) =>
        sign < 0 ? ComparisonResult.Less : sign > 0 ? ComparisonResult.Greater : ComparisonResult.Equal;

    private static CypherValue Apply(ComparisonResult result, Func<ComparisonResult, bool> test) => result switch
    {
        ComparisonResult.Incomparable => CypherValue.Null,
        ComparisonResult.Unordered => CypherValue.False,
        _ => CypherValue.Boolean(test(result)),
    };
}
