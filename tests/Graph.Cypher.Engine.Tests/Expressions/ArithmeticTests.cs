using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>+ - * / % ^ and unary minus/plus, with integer overflow and division by zero.</summary>
public sealed class ArithmeticTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("1 + 2.5", "3.5")]
    [InlineData("7 - 10", "-3")]
    [InlineData("6 * 7", "42")]
    [InlineData("7 / 2", "3")]
    [InlineData("-7 / 2", "-3")]
    [InlineData("7.0 / 2", "3.5")]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("2 ^ 10", "1024.0")]
    [InlineData("1 / 0.0", "Infinity")]
    [InlineData("1 + null", "null")]
    [InlineData("null * 2", "null")]
    [InlineData("-(3)", "-3")]
    [InlineData("+4", "4")]
    [InlineData("-(-2.5)", "2.5")]
    [InlineData("'a' + 'b'", "'ab'")]
    [InlineData("'a' + 1", "'a1'")]
    [InlineData("[1] + [2, 3]", "[1, 2, 3]")]
    [InlineData("[1] + 2", "[1, 2]")]
    [InlineData("0 + [1]", "[0, 1]")]
    [InlineData("2 + 3 * 4", "14")]
    [InlineData("(2 + 3) * 4", "20")]
    public void Operators_compute_cypher_values(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void Rows_compute_the_same_as_folded_constants()
    {
        Assert.Equal("3", x.ShowQuery("WITH 1 AS a, 2 AS b RETURN a + b AS x"));
        Assert.Equal("[1, 2]", x.ShowQuery("WITH [1] AS a, 2 AS b RETURN a + b AS x"));
        Assert.Equal("-5", x.ShowQuery("WITH 5 AS a RETURN -a AS x"));
    }

    [Theory]
    [InlineData("WITH 1 AS a, 0 AS b RETURN a / b AS x")]
    [InlineData("WITH 1 AS a, 0 AS b RETURN a % b AS x")]
    public void Integer_division_by_zero_is_an_arithmetic_error(string query)
    {
        CypherError error = x.FailsQuery(query);
        Assert.Equal(CypherErrorClass.ArithmeticError, error.Class);
        Assert.Equal(CypherErrorDetail.DivisionByZero, error.Detail);
    }

    [Theory]
    [InlineData("WITH 9223372036854775807 AS a RETURN a + 1 AS x")]
    [InlineData("WITH -9223372036854775808 AS a RETURN a - 1 AS x")]
    [InlineData("WITH 9223372036854775807 AS a RETURN a * 2 AS x")]
    [InlineData("WITH -9223372036854775808 AS a RETURN -a AS x")]
    public void Integer_overflow_is_an_arithmetic_error(string query)
    {
        CypherError error = x.FailsQuery(query);
        Assert.Equal(CypherErrorClass.ArithmeticError, error.Class);
        Assert.Equal(CypherErrorDetail.IntegerOverflow, error.Detail);
    }

    [Theory]
    [InlineData("true", "$a + 1")]
    [InlineData("'a'", "$a - 1")]
    [InlineData("'a'", "-$a")]
    [InlineData("'a'", "+$a")]
    [InlineData("{}", "$a * 2")]
    [InlineData("[1]", "$a / 2")]
    public void Operands_of_the_wrong_type_are_type_errors(string value, string expression) =>
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsWith($"RETURN {expression} AS x", ("a", value)).Detail);

    [Fact]
    public void A_constant_that_fails_is_left_for_run_time()
    {
        // Folding must not throw while planning: the failing branch may never run.
        Assert.Equal("1", x.Show("CASE WHEN false THEN 1 / 0 ELSE 1 END"));
        Assert.Equal(CypherErrorDetail.DivisionByZero, x.Fails("1 / 0").Detail);
    }
}
