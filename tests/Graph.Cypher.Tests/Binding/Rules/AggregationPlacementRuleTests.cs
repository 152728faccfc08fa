namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class AggregationPlacementRuleTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n.name, count(*) AS c ORDER BY count(*)")]
    [InlineData("MATCH (n) WITH n, collect(n.x) AS xs WHERE size(xs) > 1 RETURN n")]
    [InlineData("UNWIND [1, 2] AS x RETURN [y IN collect(x) | y * 2] AS doubled")]
    public void Accepts_aggregates_in_projections(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_an_aggregate_in_where() =>
        BindingAssert.Raises("MATCH (a)\nWHERE count(a) > 10\nRETURN a", "InvalidAggregation", 2, 7);

    [Fact]
    public void Rejects_an_aggregate_in_order_by_after_a_plain_projection() =>
        BindingAssert.Raises("MATCH (n)\nRETURN n.num1\nORDER BY max(n.num2)", "InvalidAggregation", 3, 10);

    [Fact]
    public void Rejects_an_aggregate_in_procedure_arguments() =>
        BindingAssert.Raises("MATCH (n)\nCALL test.labels(count(n)) YIELD label\nRETURN label", "InvalidAggregation", 2, 18);

    [Fact]
    public void Rejects_an_aggregate_in_set() =>
        BindingAssert.Raises("MATCH (n)\nSET n.c = count(*)", "InvalidAggregation", 2, 11);

    [Fact]
    public void Rejects_nested_aggregates() =>
        BindingAssert.Raises("MATCH (n)\nRETURN count(max(n.x))", "NestedAggregation", 2, 14);
}
