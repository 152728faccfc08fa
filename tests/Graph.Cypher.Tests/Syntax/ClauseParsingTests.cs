using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class ClauseParsingTests
{
    [Fact]
    public void Match_and_optional_match_carry_pattern_and_where()
    {
        var clauses = Parse.Clauses("""
            MATCH (a:Person)-[:KNOWS]->(b)
            WHERE a.age > 30
            OPTIONAL MATCH (b)-->(c)
            RETURN a, b, c
            """);

        var match = Assert.IsType<MatchClauseSyntax>(clauses[0]);
        Assert.False(match.IsOptional);
        Assert.IsType<BinaryExpressionSyntax>(match.Where);
        var optional = Assert.IsType<MatchClauseSyntax>(clauses[1]);
        Assert.True(optional.IsOptional);
        Assert.Null(optional.Where);
        Assert.Equal(3, Assert.IsType<ReturnClauseSyntax>(clauses[2]).Projection.Items.Count);
    }

    [Fact]
    public void Return_takes_distinct_star_aliases_order_skip_and_limit()
    {
        var projection = Parse.Clause<ReturnClauseSyntax>("RETURN DISTINCT *, a.name AS name, b ORDER BY name DESC, b ASC SKIP 1 LIMIT $n").Projection;

        Assert.True(projection.IsDistinct);
        Assert.True(projection.IncludesExisting);
        Assert.Equal("name", projection.Items[0].Alias?.Name);
        Assert.Null(projection.Items[1].Alias);
        Assert.Equal([true, false], projection.OrderBy.Select(item => item.IsDescending));
        Assert.IsType<LiteralExpressionSyntax>(projection.Skip);
        Assert.IsType<ParameterSyntax>(projection.Limit);
    }

    [Fact]
    public void With_has_its_own_where()
    {
        var with = Assert.IsType<WithClauseSyntax>(Parse.Clauses("MATCH (n) WITH n, count(*) AS c ORDER BY c LIMIT 3 WHERE c > 1 RETURN n")[1]);

        Assert.Equal(2, with.Projection.Items.Count);
        Assert.IsType<CountStarSyntax>(with.Projection.Items[1].Expression);
        Assert.Single(with.Projection.OrderBy);
        Assert.NotNull(with.Projection.Limit);
        Assert.NotNull(with.Where);
    }

    [Fact]
    public void Unwind_names_its_variable()
    {
        var unwind = Assert.IsType<UnwindClauseSyntax>(Parse.Clauses("UNWIND [1, 2] AS x RETURN x")[0]);

        Assert.IsType<ListLiteralSyntax>(unwind.Expression);
        Assert.Equal("x", unwind.Variable.Name);
    }

    [Fact]
    public void Union_and_union_all_join_single_queries()
    {
        var query = Parse.Clean("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x");

        Assert.Single(query.First.Clauses);
        Assert.Equal([false, true], query.Unions.Select(union => union.IsAll));
    }

    [Theory]
    [InlineData("EXPLAIN MATCH (n) RETURN n", QueryPrefix.Explain)]
    [InlineData("profile MATCH (n) RETURN n", QueryPrefix.Profile)]
    [InlineData("MATCH (n) RETURN n;", QueryPrefix.None)]
    public void Explain_and_profile_prefix_a_query(string text, QueryPrefix prefix) =>
        Assert.Equal(prefix, Parse.Clean(text).Prefix);

    [Fact]
    public void Create_takes_several_pattern_parts()
    {
        var create = Parse.Clause<CreateClauseSyntax>("CREATE (a:A {name: 'x'}), (a)-[:R {w: 1}]->(b:B), p = (c)");

        Assert.Equal(3, create.Pattern.Parts.Count);
        Assert.Equal("p", create.Pattern.Parts[2].PathVariable?.Name);
    }

    [Fact]
    public void Merge_collects_on_create_and_on_match_actions()
    {
        var merge = Parse.Clause<MergeClauseSyntax>("""
            MERGE (n:Person {name: $name})
            ON CREATE SET n.created = timestamp(), n:New
            ON MATCH SET n.seen = n.seen + 1
            """);

        Assert.Equal([true, false], merge.Actions.Select(action => action.IsOnCreate));
        Assert.IsType<SetPropertySyntax>(merge.Actions[0].Items[0]);
        Assert.IsType<SetLabelsSyntax>(merge.Actions[0].Items[1]);
    }

    [Fact]
    public void Set_items_are_told_apart_by_their_target()
    {
        var set = Assert.IsType<SetClauseSyntax>(Parse.Clauses("MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:X:Y")[1]);

        Assert.IsType<SetPropertySyntax>(set.Items[0]);
        Assert.False(Assert.IsType<SetVariableSyntax>(set.Items[1]).IsMerge);
        Assert.True(Assert.IsType<SetVariableSyntax>(set.Items[2]).IsMerge);
        Assert.Equal(["X", "Y"], Assert.IsType<SetLabelsSyntax>(set.Items[3]).Labels.Select(label => label.Text));
    }

    [Fact]
    public void Remove_takes_properties_and_labels()
    {
        var remove = Assert.IsType<RemoveClauseSyntax>(Parse.Clauses("MATCH (n) REMOVE n.a, n:X")[1]);

        Assert.IsType<RemovePropertySyntax>(remove.Items[0]);
        Assert.IsType<RemoveLabelsSyntax>(remove.Items[1]);
    }

    [Theory]
    [InlineData("MATCH (n) DELETE n", false)]
    [InlineData("MATCH (n) DETACH DELETE n", true)]
    public void Delete_may_detach(string text, bool isDetach) =>
        Assert.Equal(isDetach, Assert.IsType<DeleteClauseSyntax>(Parse.Clauses(text)[1]).IsDetach);

    [Fact]
    public void Standalone_call_without_parentheses_has_no_argument_list()
    {
        var call = Parse.Clause<CallClauseSyntax>("CALL db.labels");

        Assert.Equal("db.labels", call.Name);
        Assert.Null(call.Arguments);
    }

    [Fact]
    public void In_query_call_yields_aliased_fields_with_where()
    {
        var call = Assert.IsType<CallClauseSyntax>(Parse.Clauses("CALL graph.wcc('x', 2) YIELD node AS n, component WHERE component > 1 RETURN n")[0]);

        Assert.Equal(2, call.Arguments?.Count);
        Assert.Equal(["node", "component"], call.YieldItems.Select(item => item.Field.Text));
        Assert.Equal("n", call.YieldItems[0].Alias?.Name);
        Assert.NotNull(call.Where);
    }

    [Fact]
    public void Call_may_yield_everything()
    {
        var call = Parse.Clause<CallClauseSyntax>("CALL test.proc() YIELD *");

        Assert.True(call.YieldsAll);
        Assert.Empty(call.Arguments!);
    }
}
