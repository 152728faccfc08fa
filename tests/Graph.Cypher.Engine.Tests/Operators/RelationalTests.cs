using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values.Aggregation;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Operators;

public sealed class RelationalTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    private static AggregateFunction Agg(string name) => AggregateRegistry.Default.TryGet(name, out var f) ? f : throw new ArgumentException(name);

    [Fact]
    public void Filter_keeps_only_true_rows()
    {
        var older = new Comparison(ComparisonOperator.GreaterOrEqual, Build.Property(0, "age"), Build.Constant(40));
        Assert.Equal(["1", "2"], Run.Rows(graph.Reader, new Filter(new AllNodesScan(0, "n"), older), 0));
    }

    [Fact]
    public void Filter_treats_null_as_false()
    {
        var nameIsA = new Comparison(ComparisonOperator.Equal, Build.Property(0, "name"), new Literal(CypherValue.String("a")));
        Assert.Equal(["0"], Run.Rows(graph.Reader, new Filter(new AllNodesScan(0, "n"), nameIsA), 0));
        var notA = new LogicalNot(nameIsA);
        Assert.Equal(["1", "2"], Run.Rows(graph.Reader, new Filter(new AllNodesScan(0, "n"), notA), 0));
    }

    [Fact]
    public void Boolean_operators_and_label_tests()
    {
        var predicate = new LogicalOr(new HasLabel(Build.Slot(0), "Company"), new LogicalAnd(new HasLabel(Build.Slot(0), "Person"), new IsNull(Build.Property(0, "missing"))));
        Assert.Equal(["0", "1", "2", "3"], Run.Rows(graph.Reader, new Filter(new AllNodesScan(0, "n"), predicate), 0));
    }

    [Fact]
    public void Projection_can_swap_slots()
    {
        var plan = new Projection(new Projection(new Argument(), new ProjectionItem(0, "a", Build.Constant(1)), new ProjectionItem(1, "b", Build.Constant(2))),
            new ProjectionItem(0, "a", Build.Slot(1)), new ProjectionItem(1, "b", Build.Slot(0)));
        Assert.Equal(["2,1"], Run.Rows(graph.Reader, plan, 0, 1));
    }

    [Fact]
    public void Aggregation_groups_and_folds()
    {
        var plan = new HashAggregation(
            new Expand(new NodeByLabelScan(0, "n", "Person"), Build.Step(0, -1, 1, Direction.Outgoing, "KNOWS")),
            [new ProjectionItem(2, "n", Build.Slot(0))],
            [new AggregationItem(3, "c", AggregateRegistry.CountStar, [], false), new AggregationItem(4, "d", Agg("count"), [Build.Slot(1)], true),
             new AggregationItem(5, "s", Agg("sum"), [Build.Property(1, "age")], false), new AggregationItem(6, "m", Agg("max"), [Build.Property(1, "age")], false)]);
        Assert.Equal(["0,1,1,40,40", "1,2,1,100,50", "2,1,1,30,30"], Run.Rows(graph.Reader, plan, 2, 3, 4, 5, 6));
    }

    [Fact]
    public void Aggregation_without_grouping_of_nothing_gives_one_row()
    {
        var plan = new HashAggregation(new NodeByLabelScan(0, "n", "Nope"), [],
            [new AggregationItem(1, "c", AggregateRegistry.CountStar, [], false), new AggregationItem(2, "l", Agg("collect"), [Build.Slot(0)], false), new AggregationItem(3, "a", Agg("avg"), [Build.Slot(0)], false)]);
        Assert.Equal(["0,[],null"], Run.Rows(graph.Reader, plan, 1, 2, 3));
    }

    [Fact]
    public void Collect_and_average_skip_nulls()
    {
        var plan = new HashAggregation(new AllNodesScan(0, "n"), [],
            [new AggregationItem(1, "l", Agg("collect"), [Build.Property(0, "age")], false), new AggregationItem(2, "a", Agg("avg"), [Build.Property(0, "age")], false), new AggregationItem(3, "m", Agg("min"), [Build.Property(0, "name")], false)]);
        Assert.Equal(["[30, 40, 50],40.0,a"], Run.Rows(graph.Reader, plan, 1, 2, 3));
    }

    [Fact]
    public void Distinct_passes_first_of_each_key() =>
        Assert.Equal(["1", "3", "2"], Run.Rows(graph.Reader, new Distinct(Build.Values(0, 1, 3, 1, 2, 3), 0), 0));

    [Fact]
    public void Sort_orders_with_nulls_last_and_is_stable()
    {
        var plan = new Sort(new AllNodesScan(0, "n"), new SortKey(Build.Property(0, "age"), Descending: false));
        Assert.Equal(["0", "1", "2", "3", "4", "5"], Run.Rows(graph.Reader, plan, 0));
        var descending = new Sort(new NodeByLabelScan(0, "n", "Person"), new SortKey(Build.Property(0, "age"), Descending: true));
        Assert.Equal(["2", "1", "0"], Run.Rows(graph.Reader, descending, 0));
    }

    [Fact]
    public void Top_matches_sort_then_limit()
    {
        long[] values = [5, 3, 9, 1, 7, 3, 8, 2];
        var top = new Top(Build.Values(0, values), 3, new SortKey(Build.Slot(0), Descending: true));
        Assert.Equal(["9", "8", "7"], Run.Rows(graph.Reader, top, 0));
        Assert.Equal(["1", "2"], Run.Rows(graph.Reader, new Top(Build.Values(0, values), 2, new SortKey(Build.Slot(0))), 0));
        Assert.Empty(Run.Rows(graph.Reader, new Top(Build.Values(0, values), 0, new SortKey(Build.Slot(0))), 0));
    }

    [Fact]
    public void Skip_and_limit()
    {
        Assert.Equal(["3", "4"], Run.Rows(graph.Reader, new Limit(new Skip(new AllNodesScan(0, "n"), 3), 2), 0));
        Assert.Empty(Run.Rows(graph.Reader, new Skip(new AllNodesScan(0, "n"), 10), 0));
    }

    [Fact]
    public void Unwind_of_null_and_of_a_scalar()
    {
        Assert.Empty(Run.Rows(graph.Reader, new Unwind(new Argument(), new Literal(CypherValue.Null), 0, "x"), 0));
        Assert.Equal(["7"], Run.Rows(graph.Reader, new Unwind(new Argument(), Build.Constant(7), 0, "x"), 0));
    }

    [Fact]
    public void Cartesian_product_pairs_every_row()
    {
        var plan = new CartesianProduct(Build.Values(0, 1, 2), Build.Values(1, 10, 20, 30), 1);
        Assert.Equal(["1,10", "1,20", "1,30", "2,10", "2,20", "2,30"], Run.Rows(graph.Reader, plan, 0, 1));
    }

    [Fact]
    public void Hash_join_matches_on_node_ids_including_duplicates()
    {
        var build = new Expand(new NodeByLabelScan(0, "a", "Person"), Build.Step(0, -1, 1, Direction.Outgoing, "KNOWS"));
        var probe = new Expand(Build.Nodes(2, 0, 4), Build.Step(2, -1, 3, Direction.Incoming, "KNOWS"));
        var plan = new HashJoin(build, probe, 1, 2, 0, 1);
        // build: (0→1),(1→2)×2,(2→0); probe on a's target = 0 → only (2→0); node 4 has no build row.
        Assert.Equal(["2,0,0,2"], Run.Rows(graph.Reader, plan, 0, 1, 2, 3));
    }

    [Fact]
    public void Apply_reruns_the_inner_side_per_row()
    {
        var inner = new Expand(new Argument(), Build.Step(0, -1, 1, Direction.Outgoing, "KNOWS"));
        Assert.Equal(["0,1", "1,2", "1,2", "2,0"], Run.Rows(graph.Reader, new Apply(new NodeByLabelScan(0, "n", "Person"), inner), 0, 1));
    }

    [Fact]
    public void Semi_and_anti_semi_apply_test_existence()
    {
        Operator Inner() => new Expand(new Argument(), Build.Step(0, -1, 1, Direction.Outgoing, "WORKS_AT"));
        Assert.Equal(["0"], Run.Rows(graph.Reader, new SemiApply(new AllNodesScan(0, "n"), Inner()), 0));
        Assert.Equal(["1", "2", "3", "4", "5"], Run.Rows(graph.Reader, new SemiApply(new AllNodesScan(0, "n"), Inner(), anti: true), 0));
    }

    [Fact]
    public void Union_appends_and_distinct_over_it_deduplicates()
    {
        Assert.Equal(["1", "2", "2", "3"], Run.Rows(graph.Reader, new Union(Build.Values(0, 1, 2), Build.Values(0, 2, 3)), 0));
        Assert.Equal(["1", "2", "3"], Run.Rows(graph.Reader, new Distinct(new Union(Build.Values(0, 1, 2), Build.Values(0, 2, 3)), 0), 0));
    }
}
