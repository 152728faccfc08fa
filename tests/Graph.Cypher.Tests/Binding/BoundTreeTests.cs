using Graph.Cypher.Binding;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Binding;

/// <summary>The shape of the bound tree a planner walks.</summary>
public sealed class BoundTreeTests
{
    [Fact]
    public void Match_patterns_list_nodes_and_relationships_with_generated_names_for_anonymous_parts()
    {
        var match = BindingAssert.Clause<BoundMatch>("MATCH p = (a:A {x: 1})-[:T|U*2..5]->()<-[r]-(a) WHERE a.y > 0 RETURN p", 0);
        var part = Assert.Single(match.Pattern.Parts);
        Assert.Equal("p", part.PathVariable!.Name);
        Assert.Equal(3, part.Nodes.Count);
        Assert.Equal(2, part.Relationships.Count);
        Assert.Equal(["A"], part.Nodes[0].Labels);
        Assert.IsType<BoundMapLiteral>(part.Nodes[0].Properties);
        Assert.True(part.Nodes[1].Variable.IsGenerated);
        Assert.Same(part.Nodes[0].Variable, part.Nodes[2].Variable);
        Assert.False(part.Nodes[2].IsNew);
        var varLength = part.Relationships[0];
        Assert.Equal(["T", "U"], varLength.Types);
        Assert.Equal(RelationshipDirection.Outgoing, varLength.Direction);
        Assert.Equal(new BoundVariableLength(2, 5), varLength.Length);
        Assert.Equal(SymbolKind.RelationshipList, varLength.Variable.Kind);
        Assert.Equal(RelationshipDirection.Incoming, part.Relationships[1].Direction);
        Assert.IsType<BoundBinaryExpression>(match.Predicate);
    }

    [Theory]
    [InlineData("*", 1L, null)]
    [InlineData("*3", 3L, 3L)]
    [InlineData("*..4", 1L, 4L)]
    [InlineData("*2..", 2L, null)]
    [InlineData("*0..1", 0L, 1L)]
    public void Variable_length_bounds_default_to_one_and_unbounded(string length, long minimum, long? maximum)
    {
        var match = BindingAssert.Clause<BoundMatch>($"MATCH ()-[{length}]->() RETURN 1", 0);
        Assert.Equal(new BoundVariableLength(minimum, maximum), match.Pattern.Parts[0].Relationships[0].Length);
    }

    [Fact]
    public void Projections_separate_grouping_keys_from_aggregates()
    {
        var returned = BindingAssert.Clause<BoundReturn>("MATCH (n) RETURN n.name AS name, count(DISTINCT n) AS c ORDER BY c DESC SKIP 1 LIMIT 2", 1);
        var projection = returned.Projection;
        Assert.Equal(["name"], projection.GroupingKeys.Select(item => item.Name));
        var aggregate = Assert.IsType<BoundAggregate>(Assert.Single(projection.Aggregates).Expression);
        Assert.True(aggregate.IsDistinct);
        Assert.Equal(CypherType.Integer, aggregate.Type);
        Assert.True(Assert.Single(projection.OrderBy).IsDescending);
        Assert.Equal(1L, Assert.IsType<BoundLiteral>(projection.Skip).Value);
    }

    [Fact]
    public void Order_by_refers_to_the_columns_it_repeats()
    {
        var returned = BindingAssert.Clause<BoundReturn>("MATCH (a) RETURN DISTINCT a.name AS n, count(*) AS c ORDER BY a.name, count(*) + 1", 1);
        var byName = Assert.IsType<BoundVariableReference>(returned.Projection.OrderBy[0].Expression);
        Assert.Same(returned.Projection.Items[0].Column, byName.Symbol);
        var byCount = Assert.IsType<BoundBinaryExpression>(returned.Projection.OrderBy[1].Expression);
        Assert.Same(returned.Projection.Items[1].Column, Assert.IsType<BoundVariableReference>(byCount.Left).Symbol);
    }

    [Fact]
    public void Return_star_expands_to_the_variables_in_scope_by_name()
    {
        var query = BindingAssert.Clean("MATCH (b)-[r]->(a) RETURN *");
        Assert.Equal(["a", "b", "r"], query.Columns);
    }

    [Fact]
    public void Parameters_are_recorded_once_in_order()
    {
        var query = BindingAssert.Clean("MATCH (n {id: $id}) WHERE n.x IN $xs AND n.id = $id RETURN n LIMIT $limit");
        Assert.Equal(["id", "xs", "limit"], query.Parameters);
    }

    [Fact]
    public void Variables_refer_to_their_symbols_and_carry_inferred_types()
    {
        var clauses = BindingAssert.Clauses("UNWIND [1, 2] AS x WITH x, 'a' + x AS s RETURN x * 2.0 AS y, s");
        var unwind = Assert.IsType<BoundUnwind>(clauses[0]);
        Assert.Equal(CypherType.Integer, unwind.Variable.Type);
        var returned = Assert.IsType<BoundReturn>(clauses[2]);
        Assert.Equal(CypherType.Float, returned.Projection.Items[0].Expression.Type);
        Assert.Equal(CypherType.String, returned.Projection.Items[1].Column.Type);
    }

    [Fact]
    public void Unions_keep_their_parts_and_columns()
    {
        var query = BindingAssert.Clean("RETURN 1 AS a UNION ALL RETURN 2 AS a");
        var union = Assert.IsType<BoundUnion>(query.Body);
        Assert.True(union.IsAll);
        Assert.Equal(["a"], union.Columns);
    }

    [Fact]
    public void Create_marks_what_it_creates_and_merge_keeps_its_actions()
    {
        var clauses = BindingAssert.Clauses("MATCH (a) CREATE (a)-[:T]->(b:B) MERGE (b)-[r:U]->(c) ON CREATE SET c.x = 1 ON MATCH SET c += {y: 2}");
        var create = Assert.IsType<BoundCreate>(clauses[1]);
        Assert.Equal([false, true], create.Pattern.Parts[0].Nodes.Select(node => node.IsNew));
        var merge = Assert.IsType<BoundMerge>(clauses[2]);
        Assert.IsType<BoundSetProperty>(Assert.Single(merge.OnCreate));
        Assert.True(Assert.IsType<BoundSetProperties>(Assert.Single(merge.OnMatch)).IsMerge);
    }

    [Fact]
    public void Syntax_errors_are_reported_without_semantic_noise()
    {
        var query = Binder.Bind(SyntaxTree.Parse("MATCH (n RETURN x"));
        Assert.True(query.HasErrors);
        Assert.All(query.Diagnostics, diagnostic => Assert.StartsWith("CYP1", diagnostic.Code, StringComparison.Ordinal));
    }
}
