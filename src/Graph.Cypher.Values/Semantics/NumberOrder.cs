namespace Graph.Cypher.Values.Semantics;

/// <summary>Exact comparison of integers and floats: no precision is lost converting a large long to double.</summary>
internal static class NumberOrder
{
    private const double TwoPow63 = 9_223_372_036_854_775_808.0;

    public static ComparisonResult Compare(CypherValue left, CypherValue right)
    {
        if (left.Kind == CypherValueKind.Integer && right.Kind == CypherValueKind.Integer)
        {
            return FromSign(left.AsInteger.CompareTo(right.AsInteger));
        }

        if (left.Kind == CypherValueKind.Integer)
        {
            return CompareLongDouble(left.AsInteger, right.AsFloat);
        }

        if (right.Kind == CypherValueKind.Integer)
        {
            return Flip(CompareLongDouble(right.AsInteger, left.AsFloat));
        }

        var (a, b) = (left.AsFloat, right.AsFloat);
        return double.IsNaN(a) || double.IsNaN(b) ? ComparisonResult.Unordered : FromSign(a.CompareTo(b));
    }

    /// <summary>Total order for ORDER BY: NaN above every other number.</summary>
    public static int OrderCompare(CypherValue left, CypherValue right)
    {
        var leftNaN = left.Kind == CypherValueKind.Float && double.IsNaN(left.AsFloat);
        var rightNaN = right.Kind == CypherValueKind.Float && double.IsNaN(right.AsFloat);
        if (leftNaN || rightNaN)
        {
            return leftNaN.CompareTo(rightNaN);
        }

        return Compare(left, right) switch
        {
            ComparisonResult.Less => -1,
            ComparisonResult.Greater => 1,
            _ => 0,
        };
    }

    private static ComparisonResult CompareLongDouble(long a, double b)
    {
        if (double.IsNaN(b))
        {
            return ComparisonResult.Unordered;
        }

        if (b >= TwoPow63)
        {
            return ComparisonResult.Less;
        }

        if (b < -TwoPow63)
        {
            return ComparisonResult.Greater;
        }

        var floor = Math.Floor(b);
        var whole = (long)floor;
        if (a != whole)
        {
            return a < whole ? ComparisonResult.Less : ComparisonResult.Greater;
        }

        return b > floor ? ComparisonResult.Less : ComparisonResult.Equal;
    }

    private static ComparisonResult FromSign(int sign) =>
        sign < 0 ? ComparisonResult.Less : sign > 0 ? ComparisonResult.Greater : ComparisonResult.Equal;

    private static ComparisonResult Flip(ComparisonResult result) => result switch
    {
        ComparisonResult.Less => ComparisonResult.Greater,
        ComparisonResult.Greater => ComparisonResult.Less,
        _ => result,
    };
}
