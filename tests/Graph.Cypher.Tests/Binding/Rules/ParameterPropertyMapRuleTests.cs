namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class ParameterPropertyMapRuleTests
{
    [Theory]
    [InlineData("CREATE (n $param)")]
    [InlineData("MATCH (n {name: $name}) RETURN n")]
    public void Accepts_parameters_where_keys_are_known(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_parameter_map_in_match() =>
        BindingAssert.Raises("MATCH (n $param)\nRETURN n", "InvalidParameterUse", 1, 10);

    [Fact]
    public void Rejects_a_parameter_map_on_a_relationship_in_merge() =>
        BindingAssert.Raises("MERGE (a)\nMERGE (b)\nMERGE (a)-[r:FOO $param]->(b)\nRETURN r", "InvalidParameterUse", 3, 18);
}
