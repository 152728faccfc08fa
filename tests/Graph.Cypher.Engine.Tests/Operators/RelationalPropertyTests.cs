using CsCheck;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values.Aggregation;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;

namespace Graph.Cypher.Engine.Tests.Operators;

/// <summary>Sort, Top, Distinct, Skip/Limit and HashAggregation against LINQ on random inputs.</summary>
public sealed class RelationalPropertyTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    private static AggregateFunction Agg(string name) => AggregateRegistry.Default.TryGet(name, out var f) ? f : throw new ArgumentException(name);

    private static readonly Gen<long[]> Values = Gen.Long[-5, 5].Array[0, 40];

    private List<long> Longs(Operator plan, int slot = 0) =>
        Run.Plan(graph.Reader, plan, slot).Rows.Select(r => r[0].AsInteger).ToList();

    [Fact]
    public void Sort_and_top_agree_with_order_by() =>
        Gen.Select(Values, Gen.Int[0, 45], Gen.Bool).Sample((values, limit, descending) =>
        {
            var key = new SortKey(Build.Slot(0), descending);
            IEnumerable<long> expected = descending ? values.OrderByDescending(v => v) : values.Order();
            Assert.Equal(expected, Longs(new Sort(Build.Values(0, values), key)));
            Assert.Equal(expected.Take(limit), Longs(new Top(Build.Values(0, values), limit, key)));
        }, iter: 300);

    [Fact]
    public void Distinct_skip_and_limit_agree_with_linq() =>
        Gen.Select(Values, Gen.Int[0, 10], Gen.Int[0, 10]).Sample((values, skip, limit) =>
        {
            Assert.Equal(values.Distinct(), Longs(new Distinct(Build.Values(0, values), 0)));
            Assert.Equal(values.Skip(skip).Take(limit), Longs(new Limit(new Skip(Build.Values(0, values), skip), limit)));
        }, iter: 300);

    [Fact]
    public void Hash_aggregation_agrees_with_group_by() =>
        Values.Sample(values =>
        {
            var groupKey = new Comparison(ComparisonOperator.Greater, Build.Slot(0), Build.Constant(0));
            var plan = new HashAggregation(Build.Values(0, values), [new ProjectionItem(1, "positive", groupKey)],
                [new AggregationItem(2, "n", AggregateRegistry.CountStar, [], false), new AggregationItem(3, "sum", Agg("sum"), [Build.Slot(0)], false),
                 new AggregationItem(4, "distinct", Agg("count"), [Build.Slot(0)], true)]);
            var actual = Run.Plan(graph.Reader, plan, 1, 2, 3, 4).Rows
                .Select(r => (r[0].AsBoolean, r[1].AsInteger, r[2].AsInteger, r[3].AsInteger)).ToList();
            var expected = values.GroupBy(v => v > 0).Select(g => (g.Key, (long)g.Count(), g.Sum(), (long)g.Distinct().Count())).ToList();
            Assert.Equal(expected, actual);
        }, iter: 300);
}
