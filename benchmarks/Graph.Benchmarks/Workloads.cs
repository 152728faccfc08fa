using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values.Aggregation;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Storage.Reading;

namespace Graph.Benchmarks;

/// <summary>The three traversal workloads as hand-built physical plans (the planner would produce the same trees).</summary>
internal static class Workloads
{
    public const int Queries = 1000;

    /// <summary>MATCH (p)--()--(m) WHERE id(p) = $p RETURN count(DISTINCT m)</summary>
    public static Workload TwoHopNeighbourCounts(IGraphReader reader)
    {
        int[] starts = SyntheticStore.SamplePeople(reader, Queries, seed: 1);
        var start = new Parameter("p");
        Operator plan = new Projection(new Argument(), new ProjectionItem(0, "p", start));
        plan = new Expand(plan, new ExpandSpec(0, -1, 1, RelationshipTypes.Any, Direction.Both));
        plan = new Expand(plan, new ExpandSpec(1, -1, 2, RelationshipTypes.Any, Direction.Both));
        plan = new HashAggregation(plan, [], [new AggregationItem(3, "count", AggregateRegistry.Default.TryGet("count", out var count) ? count : throw new InvalidOperationException(), [new SlotReference(2, "m")], true)]);
        return new Workload("2-hop distinct neighbour count", new PhysicalPlan(plan, 4, [new OutputColumn("count", 3)]), i => start.Value = CypherValue.Node(starts[i]), Queries);
    }

    /// <summary>MATCH (a), (b) WHERE id(a) = $a AND id(b) = $b RETURN exists((a)-[*..4]-(b)); half the pairs are connected.</summary>
    public static Workload PathExists(IGraphReader reader)
    {
        (int[] sources, int[] targets) = PathPairs(reader);
        var a = new Parameter("a");
        var b = new Parameter("b");
        Operator plan = new Projection(new Argument(), new ProjectionItem(0, "a", a), new ProjectionItem(1, "b", b));
        plan = new BidirectionalPathExists(plan, new PathSearchSpec(0, 1, RelationshipTypes.Any, Direction.Both, 4));
        return new Workload("path exists, up to 4 hops", new PhysicalPlan(plan, 2, [new OutputColumn("a", 0)]), i =>
        {
            a.Value = CypherValue.Node(sources[i]);
            b.Value = CypherValue.Node(targets[i]);
        }, Queries);
    }

    /// <summary>
    /// MATCH (c:Case {case_no: $no})&lt;-[:PARTY_IN]-(p1)-[:HAS_PHONE]-&gt;(ph)&lt;-[:HAS_PHONE]-(p2)-[:PARTY_IN]-&gt;(c)
    /// WHERE p1 &lt;&gt; p2 AND ph.number IS NOT NULL RETURN p1, p2, ph — as a hash join on p2 of the case's parties.
    /// </summary>
    public static Workload PartiesSharingPhone(IGraphReader reader)
    {
        string[] numbers = CaseNumbers();
        var number = new Parameter("no");
        Operator build = new NodeIndexSeek(0, "c", "Case", "case_no", number);
        build = new Expand(build, new ExpandSpec(0, -1, 5, new RelationshipTypes("PARTY_IN"), Direction.Incoming));
        Operator probe = new NodeIndexSeek(0, "c", "Case", "case_no", number);
        probe = new Expand(probe, new ExpandSpec(0, -1, 1, new RelationshipTypes("PARTY_IN"), Direction.Incoming));
        probe = new Expand(probe, new ExpandSpec(1, -1, 2, new RelationshipTypes("HAS_PHONE"), Direction.Outgoing));
        probe = new Expand(probe, new ExpandSpec(2, -1, 3, new RelationshipTypes("HAS_PHONE"), Direction.Incoming));
        var distinctParties = new Comparison(ComparisonOperator.NotEqual, new SlotReference(1, "p1"), new SlotReference(3, "p2"));
        probe = new Filter(probe, new LogicalAnd(distinctParties, new IsNull(new PropertyAccess(new SlotReference(2, "ph"), "number"), negated: true)));
        Operator plan = new HashJoin(build, probe, 5, 3, 5);
        return new Workload("parties of one case sharing a phone", new PhysicalPlan(plan, 6, [new OutputColumn("p1", 1), new OutputColumn("p2", 3), new OutputColumn("ph", 2)]),
            i => number.Value = CypherValue.String(numbers[i]), Queries);
    }

    /// <summary>Random pairs of people; half are joined by a random walk of 1–4 hops.</summary>
    public static (int[] Sources, int[] Targets) PathPairs(IGraphReader reader)
    {
        int[] sources = SyntheticStore.SamplePeople(reader, Queries, seed: 2);
        int[] targets = SyntheticStore.SamplePeople(reader, Queries, seed: 3);
        var random = new Random(4);
        for (int i = 0; i < Queries; i += 2)
        {
            targets[i] = RandomWalk(reader, sources[i], 1 + random.Next(4), random);
        }

        return (sources, targets);
    }

    /// <summary>Case numbers: every other one from the cases whose parties share a phone.</summary>
    public static string[] CaseNumbers()
    {
        var random = new Random(5);
        var numbers = new string[Queries];
        for (int i = 0; i < Queries; i++)
        {
            // Every tenth case has parties sharing a phone; sample those and others alike.
            int index = i % 2 == 0 ? random.Next(SyntheticStore.Cases / 10) * 10 : random.Next(SyntheticStore.Cases);
            numbers[i] = SyntheticStore.CaseNumber(index);
        }

        return numbers;
    }

    private static int RandomWalk(IGraphReader reader, int node, int hops, Random random)
    {
        for (int hop = 0; hop < hops; hop++)
        {
            ReadOnlySpan<int> neighbours = reader.Neighbours(node, reader.RelationshipTypeId("KNOWS"), Direction.Outgoing);
            if (neighbours.Length == 0)
            {
                break;
            }

            node = neighbours[random.Next(neighbours.Length)];
        }

        return node;
    }
}
