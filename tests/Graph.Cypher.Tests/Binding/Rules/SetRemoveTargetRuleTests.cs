namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class SetRemoveTargetRuleTests
{
    [Theory]
    [InlineData("MATCH (n)-[r]->() SET n.x = 1, r.y = 2, n:A, n = r, r += {z: 3}")]
    [InlineData("MATCH (n) REMOVE n.x, n:A")]
    [InlineData("UNWIND $rows AS row MERGE (n {id: row.id}) ON CREATE SET n = row")]
    public void Accepts_elements(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_label_on_a_relationship() =>
        BindingAssert.Raises("MATCH ()-[r]->()\nSET r:Label", "InvalidArgumentType", 2, 5);

    [Fact]
    public void Rejects_a_property_on_a_path() =>
        BindingAssert.Raises("MATCH p = ()-->()\nREMOVE p.x", "InvalidArgumentType", 2, 8);

    [Fact]
    public void Rejects_replacing_properties_with_a_number() =>
        BindingAssert.Raises("MATCH (n)\nSET n = 1", "InvalidArgumentType", 2, 9);
}
