namespace Graph.Cypher.Tests.Binding.Scoping;

public sealed class UndefinedVariableTests
{
    [Theory]
    [InlineData("MATCH (n) WITH n AS m RETURN m")]
    [InlineData("UNWIND [1, 2] AS x RETURN [y IN [x] | y + x] AS ys")]
    [InlineData("MATCH (n) RETURN [(n)-->(m) | m.name] AS names")]
    [InlineData("MATCH (n) WHERE exists { MATCH (n)-->(m) WHERE m.x = n.x } RETURN n")]
    [InlineData("MATCH (n) RETURN reduce(acc = 0, x IN [1, 2] | acc + x) AS sum")]
    public void Accepts_variables_in_scope(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_an_unknown_variable() =>
        BindingAssert.Raises("MATCH ()\nRETURN foo", "UndefinedVariable", 2, 8);

    [Fact]
    public void Rejects_a_variable_hidden_by_with() =>
        BindingAssert.Raises("MATCH (a), (b)\nWITH a\nRETURN b", "UndefinedVariable", 3, 8);

    [Fact]
    public void Rejects_a_comprehension_variable_outside_it() =>
        BindingAssert.Raises("RETURN [x IN [1] | x] AS xs, x", "UndefinedVariable", 1, 30);

    [Fact]
    public void Rejects_new_variables_in_a_pattern_predicate() =>
        BindingAssert.Raises("MATCH (n)\nWHERE (n)-[r]->(a)\nRETURN n", "UndefinedVariable", 2, 12);

    [Fact]
    public void Rejects_an_unknown_variable_in_create_properties() =>
        BindingAssert.Raises("CREATE (b {name: missing})\nRETURN b", "UndefinedVariable", 1, 18);

    [Fact]
    public void Rejects_an_unknown_variable_in_merge_actions() =>
        BindingAssert.Raises("MERGE (n)\n  ON MATCH SET x.num = 1", "UndefinedVariable", 2, 16);

    [Fact]
    public void Rejects_procedure_outputs_that_were_not_yielded() =>
        BindingAssert.Raises("CALL test.my.proc(1)\nRETURN out", "UndefinedVariable", 2, 8);
}
