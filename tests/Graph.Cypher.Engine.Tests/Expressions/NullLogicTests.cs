using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Three-valued AND, OR, XOR, NOT and IS [NOT] NULL.</summary>
public sealed class NullLogicTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("true AND true", "true")]
    [InlineData("true AND false", "false")]
    [InlineData("true AND null", "null")]
    [InlineData("false AND null", "false")]
    [InlineData("null AND false", "false")]
    [InlineData("null AND null", "null")]
    [InlineData("true OR null", "true")]
    [InlineData("null OR true", "true")]
    [InlineData("false OR null", "null")]
    [InlineData("false OR false", "false")]
    [InlineData("true XOR false", "true")]
    [InlineData("true XOR true", "false")]
    [InlineData("true XOR null", "null")]
    [InlineData("NOT true", "false")]
    [InlineData("NOT null", "null")]
    [InlineData("null IS NULL", "true")]
    [InlineData("null IS NOT NULL", "false")]
    [InlineData("1 IS NULL", "false")]
    [InlineData("[null] IS NULL", "false")]
    [InlineData("NOT (null = null)", "null")]
    public void Connectives_follow_three_valued_logic(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void Connectives_evaluated_per_row_agree_with_the_folded_constants()
    {
        // Through WITH the operands are variables, so nothing is folded at plan time.
        string[] values = ["true", "false", "null"];
        foreach (string a in values)
        {
            foreach (string b in values)
            {
                foreach (string op in new[] { "AND", "OR", "XOR" })
                {
                    string folded = x.Show($"{a} {op} {b}");
                    Assert.Equal(folded, x.ShowQuery($"WITH {a} AS a, {b} AS b RETURN a {op} b AS x"));
                }
            }
        }
    }

    [Fact]
    public void A_non_boolean_operand_is_a_type_error()
    {
        CypherError error = x.FailsWith("RETURN $a AND true AS x", ("a", "1"));
        Assert.Equal(CypherErrorClass.TypeError, error.Class);
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, error.Detail);
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsWith("RETURN NOT $a AS x", ("a", "'a'")).Detail);
    }

    [Fact]
    public void False_and_anything_does_not_evaluate_the_right_side()
    {
        // 1 / 0 would fail; AND stops at the false left side, OR at a true one.
        Assert.Equal("false", x.ShowQuery("WITH false AS f, 0 AS zero RETURN f AND (1 / zero = 1) AS x"));
        Assert.Equal("true", x.ShowQuery("WITH true AS t, 0 AS zero RETURN t OR (1 / zero = 1) AS x"));
    }
}
