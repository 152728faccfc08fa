namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class CreatePatternRuleTests
{
    [Theory]
    [InlineData("CREATE (a:A)-[:T]->(b:B)")]
    [InlineData("MATCH (a) CREATE (a)-[:T]->(b)")]
    [InlineData("CREATE (a)-[:T]->(a)")]
    [InlineData("CREATE (a)<-[:T {w: 1}]-(b)")]
    [InlineData("CREATE (n $props)")]
    public void Accepts_creatable_patterns(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_relationship_without_type() =>
        BindingAssert.Raises("CREATE ()-->()", "NoSingleRelationshipType", 1, 10);

    [Fact]
    public void Rejects_a_relationship_with_two_types() =>
        BindingAssert.Raises("CREATE ()-[:A|:B]->()", "NoSingleRelationshipType", 1, 10);

    [Theory]
    [InlineData("CREATE (a)-[:FOO]-(b)")]
    [InlineData("CREATE (a)<-[:FOO]->(b)")]
    public void Rejects_undirected_relationships(string query) =>
        BindingAssert.Raises(query, "RequiresDirectedRelationship", 1, 11);

    [Fact]
    public void Rejects_variable_length() =>
        BindingAssert.Raises("CREATE ()-[:FOO*2]->()", "CreatingVarLength", 1, 10);

    [Fact]
    public void Rejects_creating_a_bound_node_again() =>
        BindingAssert.Raises("MATCH (a)\nCREATE (a)", "VariableAlreadyBound", 2, 8);

    [Fact]
    public void Rejects_new_labels_on_a_bound_node() =>
        BindingAssert.Raises("CREATE (n:Foo)-[:T1]->(),\n       (n:Bar)-[:T2]->()", "VariableAlreadyBound", 2, 8);

    [Fact]
    public void Rejects_creating_a_bound_relationship() =>
        BindingAssert.Raises("MATCH ()-[r]->()\nCREATE ()-[r]->()", "VariableAlreadyBound", 2, 10);
}
