namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class PatternPredicateRuleTests
{
    [Theory]
    [InlineData("MATCH (a), (b) WHERE (a)-->(b) RETURN a")]
    [InlineData("MATCH (a) WHERE NOT (a)-->() AND a.x = 1 RETURN a")]
    [InlineData("MATCH (a) RETURN exists((a)-->()) AS e")]
    [InlineData("MATCH (a) RETURN [x IN [a] WHERE (x)-->()] AS connected")]
    public void Accepts_patterns_as_predicates(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_pattern_returned_as_a_value() =>
        BindingAssert.Raises("MATCH (n) RETURN (n)-[]->()", "UnexpectedSyntax", 1, 18);

    [Fact]
    public void Rejects_the_size_of_a_pattern() =>
        BindingAssert.Raises("MATCH (a)\nRETURN size((a)-->())", "UnexpectedSyntax", 2, 13);
}
