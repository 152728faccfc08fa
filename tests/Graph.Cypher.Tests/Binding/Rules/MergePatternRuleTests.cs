namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class MergePatternRuleTests
{
    [Theory]
    [InlineData("MERGE (a:A {id: 1})")]
    [InlineData("MATCH (a), (b) MERGE (a)-[:T]-(b)")]
    [InlineData("MERGE (a)-[r:T]->(b) ON CREATE SET r.new = true ON MATCH SET r.seen = true")]
    public void Accepts_mergeable_patterns(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_relationship_without_type() =>
        BindingAssert.Raises("MATCH (a), (b)\nMERGE (a)-[NO_COLON]->(b)", "NoSingleRelationshipType", 2, 10);

    [Fact]
    public void Rejects_variable_length() =>
        BindingAssert.Raises("MERGE (a)\nMERGE (b)\nMERGE (a)-[:FOO*2]->(b)", "CreatingVarLength", 3, 10);

    [Fact]
    public void Rejects_new_labels_on_a_bound_node() =>
        BindingAssert.Raises("CREATE (a:Foo)\nMERGE (a)-[r:KNOWS]->(a:Bar)", "VariableAlreadyBound", 2, 22);

    [Fact]
    public void Rejects_merging_a_bound_relationship() =>
        BindingAssert.Raises("MATCH (a)-[r]->(b)\nMERGE (a)-[r]->(b)", "VariableAlreadyBound", 2, 10);
}
