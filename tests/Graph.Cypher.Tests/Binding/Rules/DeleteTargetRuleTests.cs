namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class DeleteTargetRuleTests
{
    [Theory]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MATCH p = ()-->() DELETE p")]
    [InlineData("MATCH (n) WITH collect(n) AS ns DELETE ns[0]")]
    public void Accepts_graph_elements(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_deleting_a_label() =>
        BindingAssert.Raises("MATCH (n)\nDELETE n:Person", "InvalidDelete", 2, 8);

    [Fact]
    public void Rejects_deleting_a_literal() =>
        BindingAssert.Raises("MATCH (n)\nDELETE 1", "InvalidArgumentType", 2, 8);
}
