using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class PatternParsingTests
{
    [Fact]
    public void Node_pattern_carries_variable_labels_properties_and_where()
    {
        var node = Parse.Path("(n:A:B {name: 'x'} WHERE n.age > 1)").Start;

        Assert.Equal("n", node.Variable?.Name);
        Assert.Equal(["A", "B"], node.Labels.Select(label => label.Text));
        Assert.IsType<MapLiteralSyntax>(node.Properties);
        Assert.NotNull(node.Where);
    }

    [Fact]
    public void Node_properties_may_be_a_parameter() =>
        Assert.IsType<ParameterSyntax>(Parse.Path("(n $props)").Start.Properties);

    [Theory]
    [InlineData("(a)--(b)", RelationshipDirection.Undirected)]
    [InlineData("(a)-->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<--(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)<-->(b)", RelationshipDirection.Both)]
    [InlineData("(a)-[r]-(b)", RelationshipDirection.Undirected)]
    [InlineData("(a)-[r]->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<-[r]-(b)", RelationshipDirection.Incoming)]
    public void Relationship_direction_follows_the_arrow_heads(string pattern, RelationshipDirection direction) =>
        Assert.Equal(direction, Assert.Single(Parse.Path(pattern).Steps).Relationship.Direction);

    [Fact]
    public void Relationship_types_list_alternatives()
    {
        var relationship = Assert.Single(Parse.Path("(a)-[r:A|B|:C {w: 1}]->(b)").Steps).Relationship;

        Assert.Equal("r", relationship.Variable?.Name);
        Assert.Equal(["A", "B", "C"], relationship.Types.Select(type => type.Text));
        Assert.IsType<MapLiteralSyntax>(relationship.Properties);
    }

    [Theory]
    [InlineData("*", null, null, false)]
    [InlineData("*2", 2L, null, false)]
    [InlineData("*1..3", 1L, 3L, true)]
    [InlineData("*..3", null, 3L, true)]
    [InlineData("*2..", 2L, null, true)]
    [InlineData("* 1 .. 3", 1L, 3L, true)]
    public void Variable_length_relationships_keep_their_bounds(string length, long? minimum, long? maximum, bool isRange)
    {
        var range = Assert.Single(Parse.Path($"(a)-[:T{length}]->(b)").Steps).Relationship.Length;

        Assert.NotNull(range);
        Assert.Equal(minimum, range.Minimum?.Value);
        Assert.Equal(maximum, range.Maximum?.Value);
        Assert.Equal(isRange, range.IsRange);
    }

    [Fact]
    public void Long_paths_have_one_step_per_relationship()
    {
        var path = Parse.Path("(a)-[:X]->(b)<-[:Y]-(c)--(d)");

        Assert.Equal(3, path.Steps.Count);
        Assert.Equal("d", path.Steps[2].Node.Variable?.Name);
    }

    [Theory]
    [InlineData("shortestPath", false)]
    [InlineData("allShortestPaths", true)]
    public void Shortest_paths_wrap_a_path(string function, bool isAll)
    {
        var match = Assert.IsType<MatchClauseSyntax>(Parse.Clauses($"MATCH p = {function}((a)-[*]-(b)) RETURN p")[0]);
        var part = Assert.Single(match.Pattern.Parts);

        Assert.Equal("p", part.PathVariable?.Name);
        Assert.Equal(isAll, Assert.IsType<ShortestPathPatternSyntax>(part.Element).IsAll);
    }

    [Fact]
    public void Anonymous_nodes_and_relationships_are_allowed()
    {
        var path = Parse.Path("()-[]->(:Label)");

        Assert.Null(path.Start.Variable);
        Assert.Null(path.Steps[0].Relationship.Variable);
        Assert.Single(path.Steps[0].Node.Labels);
    }
}
