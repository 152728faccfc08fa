using Graph.Api.Security;
using Graph.Api.Services;
using Graph.Api.Tests.Support;
using Graph.Storage;
using Graph.Storage.Reading;
using GraphSnapshot = Graph.Api.Store.GraphSnapshot;

namespace Graph.Api.Tests.Units;

public sealed class NeighbourhoodServiceTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    /// <summary>
    /// Every relationship among the drawn nodes, in adjacency order, whether a node's run was read through or searched
    /// (the node with the most outgoing relationships is the centre, with few enough nodes drawn that its run is
    /// searched).
    /// </summary>
    [Fact]
    public void A_drawing_has_every_relationship_among_its_nodes()
    {
        var reader = GraphStore.OpenReadOnly(_store.StorePath, StoreOptions.Default);
        using var ids = new NodeIdCodec("a-secret-of-at-least-thirty-two-chars");
        var service = new NeighbourhoodService(ids);
        var snapshot = new GraphSnapshot(reader);
        var hub = Enumerable.Range(0, reader.NodeCount).MaxBy(n => reader.Degree(n, -1, Direction.Outgoing));
        var degree = reader.Degree(hub, -1, Direction.Outgoing);
        var limit = (degree - 64) / 8 - 1;
        Assert.True(limit >= 2, $"the test store's busiest node has only {degree} outgoing relationships");

        foreach (var (center, depth, size) in new[] { (hub, 1, limit), (hub, 2, 200), (0, 2, 200), (reader.NodeCount / 2, 3, 300) })
        {
            var view = service.Expand(snapshot, reader.NodeKey(center), depth, null, size, withProperties: false)!;
            var position = view.Nodes.Select((node, i) => (node.Key, i)).ToDictionary(p => p.Key, p => p.i);
            var expected = new List<(string, string, string)>();
            foreach (var node in view.Nodes)
            {
                var at = reader.FindNodeByKey(node.Key);
                var targets = reader.Neighbours(at, -1, Direction.Outgoing);
                var relationships = reader.RelationshipsOf(at, -1, Direction.Outgoing);
                for (var r = 0; r < targets.Length; r++)
                {
                    if (position.ContainsKey(reader.NodeKey(targets[r])))
                    {
                        expected.Add((node.Key, reader.NodeKey(targets[r]), reader.RelationshipTypes[reader.RelationshipType(relationships[r])]));
                    }
                }
            }

            Assert.Equal(expected, view.Edges.Select(e => (e.SourceKey, e.TargetKey, e.Type)).ToList());
            Assert.All(view.Nodes, node => Assert.Equal(reader.Degree(reader.FindNodeByKey(node.Key), -1, Direction.Both), node.Degree));
        }
    }
}
