namespace Graph.Cypher.Tests.Binding.Scoping;

public sealed class VariableAlreadyBoundTests
{
    [Theory]
    [InlineData("MATCH (a) WITH a.x AS a RETURN a")]
    [InlineData("MATCH p = (a)-->(b) RETURN p")]
    [InlineData("CALL test.my.proc(null) YIELD a, b AS c RETURN a, c")]
    public void Accepts_fresh_names(string query) => BindingAssert.Clean(query);

    [Fact]
    public void Rejects_a_path_named_like_a_bound_node() =>
        BindingAssert.Raises("MATCH (p)-[]-()\nMATCH p = ()-[]-()\nRETURN p", "VariableAlreadyBound", 2, 7);

    [Fact]
    public void Rejects_a_path_named_like_a_node_of_itself() =>
        BindingAssert.Raises("MATCH p = (p)-[]-()\nRETURN p", "VariableAlreadyBound", 1, 7);

    [Fact]
    public void Rejects_unwinding_into_a_bound_name() =>
        BindingAssert.Raises("WITH 1 AS x\nUNWIND [1] AS x\nRETURN x", "VariableAlreadyBound", 2, 15);

    [Fact]
    public void Rejects_yielding_into_a_bound_name() =>
        BindingAssert.Raises("WITH 'Hi' AS label\nCALL test.labels() YIELD label\nRETURN *", "VariableAlreadyBound", 2, 26);

    [Fact]
    public void Rejects_yielding_two_outputs_into_one_name() =>
        BindingAssert.Raises("CALL test.my.proc(null) YIELD a AS c, b AS c\nRETURN c", "VariableAlreadyBound", 1, 44);
}
