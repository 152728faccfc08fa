using CsCheck;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Semantics;

/// <summary>ORDER BY needs a total order over every pair of values, whatever their types.</summary>
public class OrderPropertyTests
{
    private static readonly CypherOrder Order = CypherOrder.Instance;

    [Fact]
    public void Order_is_antisymmetric() =>
        Gen.Select(ValueGen.Value, ValueGen.Value).Sample((a, b) =>
            Assert.Equal(Math.Sign(Order.Compare(a, b)), -Math.Sign(Order.Compare(b, a))));

    [Fact]
    public void Order_is_transitive() =>
        Gen.Select(ValueGen.Value, ValueGen.Value, ValueGen.Value).Sample((a, b, c) =>
        {
            if (Order.Compare(a, b) <= 0 && Order.Compare(b, c) <= 0)
            {
                Assert.True(Order.Compare(a, c) <= 0, $"{a} <= {b} <= {c}");
            }
        });

    [Fact]
    public void Order_is_reflexive() => ValueGen.Value.Sample(a => Assert.Equal(0, Order.Compare(a, a)));

    [Fact]
    public void Equivalent_values_hash_alike_and_order_as_ties() =>
        Gen.Select(ValueGen.Value, ValueGen.Value).Sample((a, b) =>
        {
            if (a.Equals(b))
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
                Assert.Equal(0, Order.Compare(a, b));
            }
        });

    [Fact]
    public void Comparison_operators_agree_with_the_sort_order_where_defined() =>
        Gen.Select(ValueGen.Scalar, ValueGen.Scalar).Sample((a, b) =>
        {
            var result = CypherComparison.Compare(a, b);
            if (result is ComparisonResult.Less or ComparisonResult.Greater && a.Kind == b.Kind)
            {
                Assert.Equal(result == ComparisonResult.Less ? -1 : 1, Math.Sign(Order.Compare(a, b)));
            }
        });

    [Fact]
    public void Types_sort_in_the_documented_order()
    {
        var ascending = new[]
        {
            CypherValue.Map(Collections.CypherMap.Empty), CypherValue.Node(0), CypherValue.Relationship(0), CypherValue.List(),
            CypherValue.Path(Collections.CypherPath.Single(0)), MiniQuery.Evaluate("datetime('2020-01-01T00:00Z')"),
            MiniQuery.Evaluate("localdatetime('2020-01-01T00:00')"), MiniQuery.Evaluate("date('2020-01-01')"), MiniQuery.Evaluate("time('12:00Z')"),
            MiniQuery.Evaluate("localtime('12:00')"), MiniQuery.Evaluate("duration('P1D')"), CypherValue.String("a"), CypherValue.True,
            CypherValue.Integer(1), CypherValue.Float(double.NaN), CypherValue.Null,
        };
        var shuffled = ascending.Reverse().ToList();
        shuffled.Sort(Order);
        Assert.Equal(ascending.Select(v => v.Kind), shuffled.Select(v => v.Kind));
    }
}
