using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Functions;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Functions;

public class GraphFunctionTests
{
    private static readonly FunctionContext Context = FunctionContext.Create(new FakeGraph());

    private static CypherValue Call(string name, params CypherValue[] arguments) =>
        FunctionRegistry.Default.Get(name).Invoke(arguments, Context);

    [Fact]
    public void Node_functions_read_through_the_graph_context()
    {
        Assert.Equal("['Person', 'Judge']", Call("labels", CypherValue.Node(0)).ToString());
        Assert.Equal("['name']", Call("keys", CypherValue.Node(0)).ToString());
        Assert.Equal("{name: 'Li'}", Call("properties", CypherValue.Node(0)).ToString());
        Assert.Equal(0L, Call("id", CypherValue.Node(0)).AsInteger);
    }

    [Fact]
    public void Relationship_functions_read_through_the_graph_context()
    {
        var relationship = CypherValue.Relationship(0);
        Assert.Equal("KNOWS", Call("type", relationship).AsString);
        Assert.Equal(0, Call("startNode", relationship).AsNodeId);
        Assert.Equal(1, Call("endNode", relationship).AsNodeId);
        Assert.Equal("{since: 2020}", Call("properties", relationship).ToString());
    }

    [Fact]
    public void Path_functions_take_the_path_apart()
    {
        var path = CypherValue.Path(new CypherPath([0, 1], [0]));
        Assert.Equal(1L, Call("length", path).AsInteger);
        Assert.Equal([0, 1], Call("nodes", path).AsList.Select(n => n.AsNodeId));
        Assert.Equal([0], Call("relationships", path).AsList.Select(r => r.AsRelationshipId));
    }

    [Fact]
    public void Type_of_a_node_is_a_type_error()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => Call("type", CypherValue.Node(0)));
        Assert.Equal(CypherErrorClass.TypeError, error.Error.Class);
        Assert.Equal(CypherErrorDetail.InvalidArgumentValue, error.Error.Detail);
    }

    [Fact]
    public void Graph_functions_propagate_null() => Assert.True(Call("labels", CypherValue.Null).IsNull);
}
