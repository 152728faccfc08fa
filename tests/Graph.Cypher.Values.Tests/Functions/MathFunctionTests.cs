using Graph.Cypher.Values.Functions;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Functions;

public class MathFunctionTests
{
    [Theory]
    [InlineData("abs(-3)", "3")]
    [InlineData("abs(-3.5)", "3.5")]
    [InlineData("ceil(1.2)", "2.0")]
    [InlineData("floor(-1.2)", "-2.0")]
    [InlineData("round(2.5)", "3.0")]
    [InlineData("round(-2.5)", "-2.0")]
    [InlineData("round(3.14159, 2)", "3.14")]
    [InlineData("round(-2.55, 1)", "-2.6")]
    [InlineData("round(2.55, 1, 'HALF_EVEN')", "2.6")]
    [InlineData("round(2.45, 1, 'HALF_EVEN')", "2.4")]
    [InlineData("round(1.21, 1, 'CEILING')", "1.3")]
    [InlineData("round(1234.5, -2)", "1200.0")]
    [InlineData("sign(-5)", "-1")]
    [InlineData("sign(0.5)", "1")]
    [InlineData("sqrt(16)", "4.0")]
    [InlineData("exp(0)", "1.0")]
    [InlineData("log(1)", "0.0")]
    [InlineData("log10(1000)", "3.0")]
    [InlineData("degrees(pi())", "180.0")]
    [InlineData("radians(180) = pi()", "true")]
    [InlineData("haversin(0)", "0.0")]
    [InlineData("atan2(0, 1)", "0.0")]
    [InlineData("e() > 2.718", "true")]
    [InlineData("abs(null)", "null")]
    [InlineData("sin(null)", "null")]
    public void Math_functions(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), $"{expression} gave {MiniQuery.Evaluate(expression)}");

    [Fact]
    public void Rand_is_in_the_unit_interval_and_not_deterministic()
    {
        var rand = FunctionRegistry.Default.Get("rand");
        Assert.False(rand.IsDeterministic);
        var value = rand.Invoke([], FunctionContext.Create()).AsFloat;
        Assert.InRange(value, 0.0, 1.0);
    }
}
