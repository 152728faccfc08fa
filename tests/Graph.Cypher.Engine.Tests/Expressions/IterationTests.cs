using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>List comprehensions, quantifiers and reduce: iteration variables in their own slots.</summary>
public sealed class IterationTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("[x IN [1, 2, 3] | x * 10]", "[10, 20, 30]")]
    [InlineData("[x IN [1, 2, 3] WHERE x > 1]", "[2, 3]")]
    [InlineData("[x IN [1, 2, 3] WHERE x > 1 | x * 10]", "[20, 30]")]
    [InlineData("[x IN [1, null, 3] WHERE x > 1]", "[3]")]
    [InlineData("[x IN [] | x]", "[]")]
    [InlineData("[x IN [1, 2]]", "[1, 2]")]
    [InlineData("[x IN null | x]", "null")]
    [InlineData("[x IN [[1, 2], [3]] | [y IN x | y + 1]]", "[[2, 3], [4]]")]
    [InlineData("[x IN range(1, 5) WHERE x % 2 = 0]", "[2, 4]")]
    public void List_comprehensions(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void An_inner_variable_can_shadow_an_outer_one() =>
        Assert.Equal("[[1, 2], [1, 2]]", x.ShowQuery("WITH 5 AS x RETURN [x IN [1, 2] | [x IN [1, 2] | x]] AS x"));

    [Fact]
    public void A_comprehension_reads_outer_variables() =>
        Assert.Equal("[11, 12]", x.ShowQuery("WITH 10 AS base RETURN [x IN [1, 2] | x + base] AS x"));

    [Theory]
    [InlineData("all(x IN [1, 2] WHERE x > 0)", "true")]
    [InlineData("all(x IN [] WHERE x > 0)", "true")]
    [InlineData("all(x IN [0, null] WHERE x = 2)", "false")]
    [InlineData("all(x IN [2, null] WHERE x = 2)", "null")]
    [InlineData("any(x IN [1, 2] WHERE x > 1)", "true")]
    [InlineData("any(x IN [] WHERE true)", "false")]
    [InlineData("any(x IN [0, null] WHERE x = 2)", "null")]
    [InlineData("any(x IN [null, 2] WHERE x = 2)", "true")]
    [InlineData("none(x IN [1, 2] WHERE x > 5)", "true")]
    [InlineData("none(x IN [0, null] WHERE x = 2)", "null")]
    [InlineData("none(x IN [2, null] WHERE x = 2)", "false")]
    [InlineData("single(x IN [1, 2] WHERE x > 1)", "true")]
    [InlineData("single(x IN [1, 2] WHERE x > 0)", "false")]
    [InlineData("single(x IN [2, null] WHERE x = 2)", "null")]
    [InlineData("single(x IN [34, 0, null, 5, 900] WHERE x < 10)", "false")]
    [InlineData("single(x IN [34, 10, null, 15, 900] WHERE x < 10)", "null")]
    [InlineData("all(x IN null WHERE true)", "null")]
    [InlineData("any(x IN [[1], [2, 3]] WHERE single(y IN x WHERE y = 3))", "true")]
    public void Quantifiers_in_three_valued_logic(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Theory]
    [InlineData("reduce(acc = 0, x IN [1, 2, 3] | acc + x)", "6")]
    [InlineData("reduce(acc = '', x IN ['a', 'b'] | acc + x)", "'ab'")]
    [InlineData("reduce(acc = [], x IN [1, 2] | [x] + acc)", "[2, 1]")]
    [InlineData("reduce(acc = 7, x IN [] | acc + x)", "7")]
    [InlineData("reduce(acc = 0, x IN null | acc + x)", "null")]
    public void Reduce_folds_left(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Theory]
    [InlineData("WITH 1 AS list RETURN [x IN list | x] AS x")]
    [InlineData("WITH 1 AS list RETURN any(x IN list WHERE true) AS x")]
    [InlineData("WITH 1 AS list RETURN reduce(a = 0, x IN list | a) AS x")]
    public void Iterating_a_non_list_is_a_type_error(string query) =>
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsQuery(query).Detail);
}
