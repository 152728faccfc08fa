namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class FunctionArgumentTypeRuleTests
{
    [Theory]
    [InlineData("MATCH ()-[r]->() RETURN type(r)")]
    [InlineData("MATCH p = ()-->() RETURN length(p), size(nodes(p))")]
    [InlineData("MATCH (n) WITH n, $r AS r RETURN properties(n), type(r)")]
    public void Accepts_fitting_arguments(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_type_of_a_node() =>
        BindingAssert.Raises("MATCH (r)\nRETURN type(r)", "InvalidArgumentType", 2, 13);

    [Fact]
    public void Rejects_properties_of_an_integer() =>
        BindingAssert.Raises("RETURN properties(1)", "InvalidArgumentType", 1, 19);

    [Fact]
    public void Rejects_size_of_a_path() =>
        BindingAssert.Raises("MATCH p = (a)-[*]->(b)\nRETURN size(p)", "InvalidArgumentType", 2, 13);
}
