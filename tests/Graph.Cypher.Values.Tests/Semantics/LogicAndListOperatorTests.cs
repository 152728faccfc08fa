using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Semantics;

public class LogicAndListOperatorTests
{
    [Theory]
    [InlineData("null AND false", "false")]
    [InlineData("null AND true", "null")]
    [InlineData("null OR true", "true")]
    [InlineData("null OR false", "null")]
    [InlineData("true XOR null", "null")]
    [InlineData("NOT null", "null")]
    [InlineData("2 IN [1, 2]", "true")]
    [InlineData("3 IN [1, null]", "null")]
    [InlineData("3 IN []", "false")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][5]", "null")]
    [InlineData("[1, 2, 3][1..]", "[2, 3]")]
    [InlineData("[1, 2, 3][-2..]", "[2, 3]")]
    [InlineData("[1, 2, 3][2..1]", "[]")]
    [InlineData("{a: 1}['a']", "1")]
    [InlineData("'abc' STARTS WITH 'ab'", "true")]
    [InlineData("'abc' ENDS WITH null", "null")]
    [InlineData("'abc' CONTAINS 'x'", "false")]
    [InlineData("'abc' =~ 'a.*'", "true")]
    [InlineData("'abc' =~ 'b'", "false")]
    public void Operators_follow_three_valued_logic(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), expression);

    [Fact]
    public void Boolean_operators_reject_non_booleans()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => MiniQuery.Evaluate("1 AND true"));
        Assert.Equal(CypherErrorClass.TypeError, error.Error.Class);
    }
}
