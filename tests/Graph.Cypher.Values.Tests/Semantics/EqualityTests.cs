using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Semantics;

public class EqualityTests
{
    [Theory]
    [InlineData("1 = 1.0", "true")]
    [InlineData("null = null", "null")]
    [InlineData("null <> null", "null")]
    [InlineData("0.0 / 0.0 = 0.0 / 0.0", "false")]
    [InlineData("0.0 / 0.0 <> 1", "true")]
    [InlineData("[1, null] = [1, 2]", "null")]
    [InlineData("[1, null] = [2, 2]", "false")]
    [InlineData("{a: 1} = {a: 1, b: null}", "false")]
    [InlineData("{a: null} = {a: null}", "null")]
    [InlineData("'1' = 1", "false")]
    [InlineData("4611686018427387905 = 4611686018427387904.0", "false")]
    [InlineData("9007199254740993 = 9007199254740992.0", "false")]
    [InlineData("date('2020-01-01') = date('2020-01-01')", "true")]
    [InlineData("duration('P1D') = duration('PT24H')", "false")]
    public void Equality_is_three_valued(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), expression);

    [Fact]
    public void Equivalence_groups_null_with_null_and_nan_with_nan()
    {
        Assert.True(CypherEquivalence.AreEquivalent(CypherValue.Null, CypherValue.Null));
        Assert.True(CypherEquivalence.AreEquivalent(CypherValue.Float(double.NaN), CypherValue.Float(double.NaN)));
        Assert.True(CypherEquivalence.AreEquivalent(CypherValue.Integer(1), CypherValue.Float(1.0)));
        Assert.Equal(CypherValue.Integer(1).GetHashCode(), CypherValue.Float(1.0).GetHashCode());
    }

    [Fact]
    public void Nodes_are_equal_by_id() =>
        Assert.Equal(CypherValue.True, CypherEquality.EqualsOperator(CypherValue.Node(3), CypherValue.Node(3)));
}
