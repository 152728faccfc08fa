using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Values.Semantics;

/// <summary>The = and &lt;&gt; operators: three-valued, null when the answer depends on a null.</summary>
public static class CypherEquality
{
    /// <summary>true, false, or null (<see cref="CypherValue.Null"/>) as a Cypher value.</summary>
    public static CypherValue EqualsOperator(CypherValue left, CypherValue right) => ToValue(AreEqual(left, right));

    public static CypherValue NotEqualsOperator(CypherValue left, CypherValue right) => ToValue(!AreEqual(left, right));

    public static bool? AreEqual(CypherValue left, CypherValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return null;
        }

        if (left.IsNumber && right.IsNumber)
        {
            return NumberOrder.Compare(left, right) == ComparisonResult.Equal;
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            CypherValueKind.List => ListsEqual(left.AsList, right.AsList),
            CypherValueKind.Map => MapsEqual(left.AsMap, right.AsMap),
            _ => CypherEquivalence.AreEquivalent(left, right),
        };
    }

    private static bool? ListsEqual(CypherList left, CypherList right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        var unknown = false;
        for (var i = 0; i < left.Count; i++)
        {
            var equal = AreEqual(left[i], right[i]);
            if (equal == false)
            {
                return false;
            }

            unknown |= equal is null;
        }

        return unknown ? null : true;
    }

    private static bool? MapsEqual(CypherMap left, CypherMap right)
    {
        if (left.Count != right.Count || left.Keys.Any(k => !right.ContainsKey(k)))
        {
            return false;
        }

        var unknown = false;
        foreach (var (key, value) in left)
        {
            var equal = AreEqual(value, right[key]);
            if (equal == false)
            {
                return false;
            }

            unknown |= equal is null;
        }

        return unknown ? null : true;
    }

    private static CypherValue ToValue(bool? value) => value is null ? CypherValue.Null : CypherValue.Boolean(value.Value);
}
