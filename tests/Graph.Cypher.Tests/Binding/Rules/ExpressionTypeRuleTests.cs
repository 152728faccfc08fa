namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class ExpressionTypeRuleTests
{
    [Theory]
    [InlineData("RETURN null AND true")]
    [InlineData("MATCH (n) RETURN n.x AND n.y")]
    [InlineData("RETURN 1 IN $list")]
    [InlineData("RETURN date('2020-01-01').year")]
    [InlineData("WITH {a: 1} AS m RETURN m.a")]
    [InlineData("RETURN duration('P1D') * 2")]
    public void Accepts_types_that_may_fit(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_and_on_an_integer() =>
        BindingAssert.Raises("RETURN 123 AND true", "InvalidArgumentType", 1, 8);

    [Fact]
    public void Rejects_in_on_a_non_list() =>
        BindingAssert.Raises("RETURN 1 IN 'foo'", "InvalidArgumentType", 1, 13);

    [Fact]
    public void Rejects_property_access_on_a_number() =>
        BindingAssert.Raises("WITH 123 AS x\nRETURN x.num", "InvalidArgumentType", 2, 8);

    [Fact]
    public void Rejects_property_access_on_a_path() =>
        BindingAssert.Raises("MATCH r = (n)-[*]->()\nWHERE r.name = 'apa'\nRETURN r", "InvalidArgumentType", 2, 7);

    [Fact]
    public void Rejects_a_node_as_where_predicate() =>
        BindingAssert.Raises("MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType", 1, 18);

    [Fact]
    public void Rejects_modulo_on_strings_of_a_list() =>
        BindingAssert.Raises("RETURN none(x IN ['Clara'] WHERE x % 2 = 0) AS result", "InvalidArgumentType", 1, 34);
}
