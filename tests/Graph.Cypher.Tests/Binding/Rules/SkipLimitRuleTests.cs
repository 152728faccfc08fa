namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class SkipLimitRuleTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n SKIP 1 LIMIT 2")]
    [InlineData("MATCH (n) RETURN n SKIP $s LIMIT $l")]
    [InlineData("MATCH (n) WITH n LIMIT toInteger(ceil(1.7)) RETURN n")]
    public void Accepts_constants(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_variables() =>
        BindingAssert.Raises("MATCH (n) RETURN n SKIP n.count", "NonConstantExpression", 1, 25);

    [Fact]
    public void Rejects_a_negative_limit() =>
        BindingAssert.Raises("MATCH (n)\nRETURN n\nLIMIT -1", "NegativeIntegerArgument", 3, 7);

    [Fact]
    public void Rejects_a_float_skip() =>
        BindingAssert.Raises("MATCH (p:Person)\nRETURN p.name AS name\nSKIP 1.5", "InvalidArgumentType", 3, 6);
}
