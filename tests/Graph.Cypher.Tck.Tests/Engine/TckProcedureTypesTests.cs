using Graph.Cypher.Binding;
using Graph.Cypher.Tck.Engine;

namespace Graph.Cypher.Tck.Tests.Engine;

public sealed class TckProcedureTypesTests
{
    [Theory]
    [InlineData("INTEGER?", "Integer")]
    [InlineData("NUMBER?", "Number")]
    [InlineData("STRING?", "String")]
    [InlineData("FLOAT", "Float")]
    [InlineData("ANY?", "Any")]
    [InlineData("BOOLEAN?", "Boolean")]
    [InlineData("LIST? OF INTEGER?", "List<Integer>")]
    [InlineData("LIST<STRING?>", "List<String>")]
    [InlineData("WHATEVER?", "Any")]
    public void Tck_type_names_map_to_binder_types(string text, string expected) =>
        Assert.Equal(expected, TckProcedureTypes.Parse(text).ToString());

    [Fact]
    public void Nullability_is_dropped_because_the_binder_has_none() =>
        Assert.Equal(CypherType.Integer, TckProcedureTypes.Parse("INTEGER?"));
}
