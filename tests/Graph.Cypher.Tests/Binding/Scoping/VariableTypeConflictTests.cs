namespace Graph.Cypher.Tests.Binding.Scoping;

public sealed class VariableTypeConflictTests
{
    [Theory]
    [InlineData("MATCH ()-[r]->() MATCH ()-[r]->() RETURN r")]
    [InlineData("MATCH (n) WITH n MATCH (n)-->() RETURN n")]
    [InlineData("MATCH p = ()-->() UNWIND nodes(p) AS n MATCH (n)-->() RETURN n")]
    [InlineData("WITH $x AS n MATCH (n) RETURN n")]
    [InlineData("MATCH (a:Foo)-->(a:Bar) RETURN a")]
    [InlineData("MATCH (a) WITH coalesce(a.x, a) AS b MATCH (b) RETURN b")]
    public void Accepts_reuse_as_the_same_kind(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_relationship_used_as_a_node() =>
        BindingAssert.Raises("MATCH ()-[r]-()\nMATCH (r)\nRETURN r", "VariableTypeConflict", 2, 8);

    [Fact]
    public void Rejects_a_node_used_as_a_relationship_in_one_pattern() =>
        BindingAssert.Raises("MATCH (r)-[r]->()\nRETURN r", "VariableTypeConflict", 1, 12);

    [Fact]
    public void Rejects_a_path_used_as_a_node() =>
        BindingAssert.Raises("MATCH r = ()-[]-(), (r)\nRETURN r", "VariableTypeConflict", 1, 22);

    [Fact]
    public void Rejects_a_literal_used_as_a_node() =>
        BindingAssert.Raises("WITH true AS n\nMATCH (n)\nRETURN n", "VariableTypeConflict", 2, 8);

    [Fact]
    public void Rejects_a_list_of_nodes_used_as_a_node() =>
        BindingAssert.Raises("MATCH (n)\nWITH [n] AS users\nMATCH (users)-->(messages)\nRETURN messages", "VariableTypeConflict", 3, 8);

    [Fact]
    public void Rejects_a_property_value_used_as_a_node() =>
        BindingAssert.Raises("MATCH (a)\nWITH a.x AS a\nMATCH (a)-->()\nRETURN a", "VariableTypeConflict", 3, 8);

    [Fact]
    public void Rejects_a_relationship_twice_in_one_pattern() =>
        BindingAssert.Raises("MATCH (a)-[r]->()-[r]->(a)\nRETURN r", "RelationshipUniquenessViolation", 1, 20);
}
