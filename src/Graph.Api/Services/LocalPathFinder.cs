using Graph.Algorithms.Paths;
using Graph.Algorithms.Projection;
using Graph.Api.Model;
using Graph.Api.Security;
using Graph.Api.Store;
using Graph.Storage.Reading;

namespace Graph.Api.Services;

/// <summary>
/// Paths on the part of the graph that can hold them: a node lies on a path of at most L relationships only if its
/// distances from both ends add up to at most L, so a bounded breadth-first search from each end finds that part,
/// and Graph.Algorithms' Yen (k shortest) and simple-path search run on it as a small projection instead of on the
/// whole store. Hubs (a court, a big firm: more than <see cref="NeighbourhoodService.HubDegree"/> relationships) are
/// not crossed, only reached as an end: a path through a court links every case it heard and explains nothing.
/// </summary>
public sealed class LocalPathFinder(NodeIdCodec ids) : IPathFinder
{
    /// <summary>Nodes one side's search may visit; the answer is marked truncated beyond it.</summary>
    public const int SearchBudget = 50_000;

    public PathSetView? Find(GraphSnapshot snapshot, string fromKey, string toKey, PathQuery query, CancellationToken cancellation)
    {
        var reader = snapshot.Reader;
        var source = reader.FindNodeByKey(fromKey);
        var target = reader.FindNodeByKey(toKey);
        if (source < 0 || target < 0)
        {
            return null;
        }

        var describer = new GraphDescriber(snapshot, ids);
        if (source == target)
        {
            var only = new PathView([describer.Node(source, 0)], []);
            return new PathSetView([only], [only], false);
        }

        var types = NeighbourhoodService.TypeFilter(reader, query.RelationshipTypes);
        var fromSource = Distances(reader, source, target, types, query.MaxLength, cancellation, out var cutA);
        var fromTarget = Distances(reader, target, source, types, query.MaxLength, cancellation, out var cutB);
        var kept = new Dictionary<int, int>();
        var nodes = new List<int>();
        foreach (var (node, distance) in fromSource)
        {
            if (fromTarget.TryGetValue(node, out var back) && distance + back <= query.MaxLength)
            {
                kept[node] = nodes.Count;
                nodes.Add(node);
            }
        }

        if (!kept.TryGetValue(source, out var sourceIndex) || !kept.TryGetValue(target, out var targetIndex))
        {
            return new PathSetView([], [], cutA || cutB);
        }

        var edges = new List<(int From, int To, double Weight)>();
        var relationshipOf = new List<int>();
        foreach (var node in nodes)
        {
            foreach (var type in types)
            {
                var ends = reader.Neighbours(node, type, Direction.Outgoing);
                var relationships = reader.RelationshipsOf(node, type, Direction.Outgoing);
                for (var i = 0; i < ends.Length; i++)
                {
                    if (kept.TryGetValue(ends[i], out var to))
                    {
                        edges.Add((kept[node], to, 1.0));
                        relationshipOf.Add(relationships[i]);
                    }
                }
            }
        }

        var projection = GraphProjection.FromEdges(nodes.Count, edges, Orientation.Undirected);
        var shortest = KShortestPaths.Yen(projection, sourceIndex, targetIndex, query.K, cancellation)
            .Where(p => p.Length <= query.MaxLength)
            .ToList();
        var all = SimplePaths.All(projection, sourceIndex, targetIndex, query.MaxLength, query.MaxPaths + 1, cancellation);
        var truncated = cutA || cutB || all.Count > query.MaxPaths;
        var views = new Dictionary<int, NodeView>();
        NodeView View(int index) => views.TryGetValue(index, out var view) ? view : views[index] = describer.Node(nodes[index], fromSource[nodes[index]], withProperties: false);
        PathView ToView(WeightedPath path) => new(
            path.Nodes.Select(View).ToList(),
            path.EdgeIds.Select(id => describer.Edge(relationshipOf[id])).ToList());
        return new PathSetView(shortest.Select(ToView).ToList(), all.Take(query.MaxPaths).Select(ToView).ToList(), truncated);
    }

    private static Dictionary<int, int> Distances(IGraphReader reader, int start, int end, IReadOnlyList<int> types, int maxDepth, CancellationToken cancellation, out bool cut)
    {
        cut = false;
        var distance = new Dictionary<int, int> { [start] = 0 };
        var frontier = new List<int> { start };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            cancellation.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var node in frontier)
            {
                if (node == end || (node != start && reader.Degree(node, -1, Direction.Both) > NeighbourhoodService.HubDegree))
                {
                    continue;
                }

                foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
                {
                    foreach (var type in types)
                    {
                        foreach (var neighbour in reader.Neighbours(node, type, direction))
                        {
                            if (distance.ContainsKey(neighbour))
                            {
                                continue;
                            }

                            if (distance.Count >= SearchBudget)
                            {
                                cut = true;
                                return distance;
                            }

                            // A hub is kept only as the far end: it must not carry a path through it.
                            if (neighbour != end && reader.Degree(neighbour, -1, Direction.Both) > NeighbourhoodService.HubDegree)
                            {
                                continue;
                            }

                            distance[neighbour] = depth;
                            next.Add(neighbour);
                        }
                    }
                }
            }

            frontier = next;
        }

        return distance;
    }
}
