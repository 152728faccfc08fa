namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class ProjectionAliasRuleTests
{
    [Theory]
    [InlineData("MATCH (n) WITH n, n.x AS x RETURN n.y, x")]
    [InlineData("RETURN 1 AS a, 2 AS b")]
    public void Accepts_aliased_distinct_columns(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_an_unaliased_expression_in_with() =>
        BindingAssert.Raises("MATCH (n)\nWITH n.x\nRETURN 1", "NoExpressionAlias", 2, 6);

    [Fact]
    public void Rejects_two_columns_with_one_name() =>
        BindingAssert.Raises("RETURN 1 AS a, 2 AS a", "ColumnNameConflict", 1, 16);
}
