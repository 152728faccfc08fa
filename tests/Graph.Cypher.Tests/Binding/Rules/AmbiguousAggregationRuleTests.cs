namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class AmbiguousAggregationRuleTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n.a, n.a + count(*) AS c")]
    [InlineData("MATCH (n) RETURN n, n.b + count(*) AS c")]
    [InlineData("MATCH (n) RETURN count(*) + 1 AS c")]
    [InlineData("MATCH (n) RETURN n.a AS a, count(*) AS c ORDER BY a + count(*)")]
    public void Accepts_expressions_over_grouping_keys(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_an_implicit_grouping_key_in_a_projection() =>
        BindingAssert.Raises("MATCH (n)\nRETURN n.a, n.a + n.b + count(*) AS c", "AmbiguousAggregationExpression", 2, 19);

    [Fact]
    public void Rejects_a_computed_grouping_key_beside_an_aggregate_in_order_by() =>
        BindingAssert.Raises("""
            MATCH (me: Person)--(you: Person)
            RETURN me.age + you.age, count(*) AS cnt
            ORDER BY me.age + you.age + count(*)
            """, "AmbiguousAggregationExpression", 3, 10);
}
