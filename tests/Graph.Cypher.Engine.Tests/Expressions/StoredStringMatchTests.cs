using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>
/// A string property tested against constants by interned id (<see cref="StoredStringMatch"/>) answers exactly as the
/// general comparison does: absent values, values that are not strings, strings no property holds, lists with nulls.
/// </summary>
public sealed class StoredStringMatchTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static readonly CypherValue Ann = CypherValue.Node(ExpressionGraph.Ann);
    private static readonly CypherValue Nobody = CypherValue.Node(ExpressionGraph.Nobody);

    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("n.name = 'Ann'", "true")]
    [InlineData("'Ann' = n.name", "true")]
    [InlineData("n.name = 'Bob'", "false")]
    [InlineData("n.name = 'Zed'", "false")]
    [InlineData("n.name <> 'Zed'", "true")]
    [InlineData("n.name <> 'Ann'", "false")]
    [InlineData("'Bob' <> n.name", "true")]
    [InlineData("n.name IN ['Bob', 'Ann']", "true")]
    [InlineData("n.name IN ['Bob', 'Zed']", "false")]
    [InlineData("n.name IN ['Bob', null]", "null")]
    [InlineData("n.name IN ['Ann', null]", "true")]
    [InlineData("n.name IN []", "false")]
    [InlineData("n.name = 1", "false")]
    [InlineData("n.age = '30'", "false")]
    [InlineData("n.age <> '30'", "true")]
    [InlineData("n.age IN ['30']", "false")]
    [InlineData("n.tags = 'a'", "false")]
    [InlineData("n.tags IN [['a', 'b']]", "true")]
    [InlineData("n.missing = 'Ann'", "null")]
    [InlineData("n.missing <> 'Ann'", "null")]
    [InlineData("n.missing IN ['Ann']", "null")]
    public void Match_a_stored_value_as_the_general_comparison_does(string expression, string expected) =>
        Assert.Equal(expected, x.ShowQuery($"MATCH (n) RETURN {expression} AS x", ("n", Ann)));

    [Theory]
    [InlineData("n.name = 'Ann'", "null")]
    [InlineData("n.name <> 'Ann'", "null")]
    [InlineData("n.name IN ['Ann', 'Bob']", "null")]
    [InlineData("n.name IN []", "false")]
    public void An_element_without_the_value_gives_what_null_gives(string expression, string expected)
    {
        Assert.Equal(expected, x.ShowQuery($"MATCH (n) RETURN {expression} AS x", ("n", Nobody)));
        Assert.Equal(expected, x.ShowQuery($"MATCH (n) RETURN {expression} AS x", ("n", CypherValue.Null)));
    }

    [Fact]
    public void Parameters_are_resolved_per_value()
    {
        x.Parameters["names"] = CypherValue.List([CypherValue.String("Bob"), CypherValue.String("Ann")]);
        x.Parameters["name"] = CypherValue.String("Ann");
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN n.name IN $names AS x", ("n", Ann)));
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN n.name = $name AS x", ("n", Ann)));

        x.Parameters["names"] = CypherValue.List([CypherValue.String("Bob")]);
        x.Parameters["name"] = CypherValue.Integer(30);
        Assert.Equal("false", x.ShowQuery("MATCH (n) RETURN n.name IN $names AS x", ("n", Ann)));
        Assert.Equal("false", x.ShowQuery("MATCH (n) RETURN n.name = $name AS x", ("n", Ann)));
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN n.age = $name AS x", ("n", Ann)));
    }

    [Fact]
    public void A_plan_evaluated_again_reuses_the_resolved_ids()
    {
        ExpressionHarness.Prepared prepared = x.Prepare("MATCH (n) RETURN n.name IN ['Ann', 'Bob'] AS x", ("n", Ann));
        Assert.IsType<StoredStringMatch>(prepared.Expression);
        int slot = Array.FindIndex(prepared.Context.Row, value => value.Kind == CypherValueKind.Node);
        Assert.True(prepared.Expression.Evaluate(prepared.Context).AsBoolean);
        prepared.Context.Row[slot] = CypherValue.Node(ExpressionGraph.Acme);
        Assert.False(prepared.Expression.Evaluate(prepared.Context).AsBoolean);
        prepared.Context.Row[slot] = CypherValue.Node(ExpressionGraph.Bob);
        Assert.True(prepared.Expression.Evaluate(prepared.Context).AsBoolean);
    }

    [Theory]
    [InlineData("n.name = 'Ann'", true)]
    [InlineData("n.name <> $p", true)]
    [InlineData("n.name IN $p", true)]
    [InlineData("n.name < 'Ann'", false)]
    [InlineData("n.name = n.name", false)]
    [InlineData("$p IN n.tags", false)]
    public void Only_a_property_against_a_constant_or_parameter_is_tested_by_id(string expression, bool byId)
    {
        x.Parameters["p"] = CypherValue.String("Ann");
        ExpressionHarness.Prepared prepared = x.Prepare($"MATCH (n) RETURN {expression} AS x", ("n", Ann));
        Assert.Equal(byId, prepared.Expression is StoredStringMatch);
    }
}
