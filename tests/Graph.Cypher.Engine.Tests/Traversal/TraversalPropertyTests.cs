using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using CsCheck;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Traversal;

/// <summary>Expand, VarLengthExpand, shortest paths and path existence against textbook traversals of random graphs.</summary>
public sealed class TraversalPropertyTests
{
    private static readonly string[] TypeNames = ["A", "B"];

    private static readonly Gen<(int Nodes, (int From, string Type, int To)[] Relationships)> RandomGraph =
        Gen.Int[1, 9].SelectMany(nodes => Gen.Select(Gen.Int[0, nodes - 1], Gen.OneOf(TypeNames), Gen.Int[0, nodes - 1]).Array[0, 18]
            .Select(relationships => (nodes, relationships)));

    private static readonly Gen<(Direction Direction, string[] Types)> Pattern =
        Gen.Select(Gen.OneOf(Direction.Outgoing, Direction.Incoming, Direction.Both), Gen.OneOf<string[]>(["A"], ["B"], ["A", "B"], []));

    [Fact]
    public void Traversals_match_a_naive_model() =>
        Gen.Select(RandomGraph, Pattern, Gen.Int[0, 2], Gen.Int[0, 3]).Sample(
            sample =>
            {
                ((int nodeCount, (int, string, int)[] relationships), (Direction direction, string[] types), int min, int extra) = sample;
                using TestGraph graph = TestGraph.Build(nodeCount, relationships);
                var naive = new NaiveGraph(nodeCount, relationships);
                var typeSet = new HashSet<string>(types.Length == 0 ? TypeNames : types);
                for (int node = 0; node < nodeCount; node++)
                {
                    CheckExpand(graph.Reader, naive, node, direction, types, typeSet);
                    CheckVarLength(graph.Reader, naive, node, direction, types, typeSet, min, min + extra);
                    for (int target = 0; target < nodeCount; target++)
                    {
                        CheckPaths(graph.Reader, naive, node, target, direction, types, typeSet, extra + 1);
                    }
                }
            },
            iter: 150);

    private static void CheckExpand(IGraphReader reader, NaiveGraph naive, int node, Direction direction, string[] types, HashSet<string> typeSet)
    {
        var plan = new Expand(Build.Nodes(0, node), new ExpandSpec(0, 1, 2, new RelationshipTypes(types), direction));
        List<string> actual = Run.Rows(reader, plan, 1, 2);
        List<string> expected = naive.Steps(node, direction, typeSet).Select(s => $"{s.Relationship},{s.Neighbour}").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    private static void CheckVarLength(IGraphReader reader, NaiveGraph naive, int node, Direction direction, string[] types, HashSet<string> typeSet, int min, int max)
    {
        var plan = new VarLengthExpand(Build.Nodes(0, node), new ExpandSpec(0, -1, 2, new RelationshipTypes(types), direction), min, max);
        List<int> actual = Run.Plan(reader, plan, 2).Rows.Select(r => r[0].AsNodeId).Order().ToList();
        Assert.Equal(naive.PathEnds(node, direction, typeSet, min, max).Order(), actual);
    }

    private static void CheckPaths(IGraphReader reader, NaiveGraph naive, int source, int target, Direction direction, string[] types, HashSet<string> typeSet, int maxHops)
    {
        int distance = naive.Distance(source, target, direction, typeSet);
        var search = new PathSearchSpec(0, 2, new RelationshipTypes(types), direction, maxHops);
        Operator Pair() => new CartesianProduct(Build.Nodes(0, source), Build.Nodes(2, target), 2);

        bool exists = Run.Rows(reader, new BidirectionalPathExists(Pair(), search), 0).Count == 1;
        Assert.Equal(distance >= 0 && distance <= maxHops, exists);

        var all = Run.Plan(reader, new ShortestPath(Pair(), search, 4, "p", all: true), 4).Rows;
        bool reachable = distance > 0 && distance <= maxHops;
        int expectedCount = reachable ? naive.CountWalks(source, target, distance, direction, typeSet) : 0;
        Assert.Equal(expectedCount, all.Count);
        Assert.Equal(all.Count, all.Select(r => r[0].AsPath).Distinct().Count());
        foreach (CypherValue[] row in all)
        {
            CypherPath path = row[0].AsPath;
            Assert.Equal(distance, path.Length);
            Assert.Equal(source, path.Start);
            Assert.Equal(target, path.End);
            for (int i = 0; i < path.Length; i++)
            {
                Assert.Contains((path.Relationships[i], path.Nodes[i + 1]), naive.Steps(path.Nodes[i], direction, typeSet));
            }
        }

        int single = Run.Rows(reader, new ShortestPath(Pair(), search, 4, "p"), 4).Count;
        Assert.Equal(reachable ? 1 : 0, single);
    }
}
