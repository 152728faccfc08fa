using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Operators;

public sealed class ExpandTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    [Fact]
    public void Expand_outgoing_over_all_types_binds_relationship_and_neighbour()
    {
        var plan = new Expand(Build.Nodes(0, 0), Build.Step(0, 1, 2, Direction.Outgoing));
        Assert.Equal(["1,0", "3,2"], Sorted(Run.Rows(graph.Reader, plan, 2, 1)));
    }

    [Fact]
    public void Expand_incoming_by_type()
    {
        var plan = new Expand(Build.Nodes(0, 0), Build.Step(0, 1, 2, Direction.Incoming, "KNOWS"));
        Assert.Equal(["2,3"], Run.Rows(graph.Reader, plan, 2, 1));
    }

    [Fact]
    public void Expand_both_ways_lists_a_self_loop_once()
    {
        var plan = new Expand(Build.Nodes(0, 4), Build.Step(0, 1, 2, Direction.Both, "KNOWS"));
        Assert.Equal(["4,4"], Run.Rows(graph.Reader, plan, 2, 1));
    }

    [Fact]
    public void Expand_with_several_types_takes_each()
    {
        var plan = new Expand(Build.Nodes(0, 0), Build.Step(0, -1, 2, Direction.Both, "KNOWS", "WORKS_AT", "UNKNOWN"));
        Assert.Equal(["1", "2", "3"], Sorted(Run.Rows(graph.Reader, plan, 2)));
    }

    [Fact]
    public void Expand_into_yields_each_parallel_relationship()
    {
        var plan = new ExpandInto(new CartesianProduct(Build.Nodes(0, 1), Build.Nodes(2, 2), 2), Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS"));
        Assert.Equal(["1", "5"], Sorted(Run.Rows(graph.Reader, plan, 1)));
    }

    [Fact]
    public void Expand_into_with_no_relationship_is_empty()
    {
        var plan = new ExpandInto(new CartesianProduct(Build.Nodes(0, 2), Build.Nodes(2, 1), 2), Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS"));
        Assert.Empty(Run.Rows(graph.Reader, plan, 1));
    }

    [Fact]
    public void Optional_expand_keeps_a_row_without_matches_with_nulls()
    {
        var plan = new OptionalExpand(Build.Nodes(0, 3, 0), Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS"));
        Assert.Equal(["3,null,null", "0,0,1"], Run.Rows(graph.Reader, plan, 0, 1, 2));
    }

    [Fact]
    public void Optional_expand_predicate_rejecting_everything_gives_nulls()
    {
        var predicate = new Graph.Cypher.Engine.Execution.Expressions.Comparison(
            Graph.Cypher.Engine.Execution.Expressions.ComparisonOperator.Greater, Build.Property(2, "age"), Build.Constant(100));
        var plan = new OptionalExpand(Build.Nodes(0, 0), Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS"), predicate);
        Assert.Equal(["0,null"], Run.Rows(graph.Reader, plan, 0, 2));
    }

    [Fact]
    public void Var_length_expand_keeps_relationships_unique_per_path()
    {
        var plan = new VarLengthExpand(Build.Nodes(0, 0), Build.Step(0, -1, 2, Direction.Outgoing, "KNOWS"), 1, 5);
        // 0→1, 0→1→2 twice (parallel), 0→1→2→0 twice; the cycle cannot reuse r0.
        Assert.Equal(["0", "0", "1", "2", "2"], Sorted(Run.Rows(graph.Reader, plan, 2)));
    }

    [Fact]
    public void Var_length_expand_with_zero_minimum_includes_the_start_and_lists_relationships()
    {
        var plan = new VarLengthExpand(Build.Nodes(0, 0), Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS"), 0, 1);
        Assert.Equal(["0,[]", "1,[[#0]]"], Run.Rows(graph.Reader, plan, 2, 1));
    }

    [Fact]
    public void Var_length_expand_into_counts_only_paths_reaching_the_bound_node()
    {
        var plan = new VarLengthExpand(new CartesianProduct(Build.Nodes(0, 0), Build.Nodes(2, 2), 2), Build.Step(0, -1, 2, Direction.Outgoing, "KNOWS"), 1, 3, into: true);
        Assert.Equal(2, Run.Rows(graph.Reader, plan, 2).Count);
    }

    private static List<string> Sorted(List<string> rows)
    {
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
