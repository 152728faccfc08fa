using Graph.Api.Model;
using Graph.Api.Security;
using Graph.Api.Store;
using Graph.Storage.Reading;

namespace Graph.Api.Services;

/// <summary>
/// Expands a node breadth-first up to a depth over chosen relationship types (both directions), ready to draw: the
/// nodes with their distance from the centre and every relationship among them. A node with more relationships than
/// <see cref="HubDegree"/> (a court, a big law firm) is shown but not expanded further, and the expansion stops at
/// the node limit, so one hub cannot pull in half the graph; both cases set <c>Truncated</c>.
/// Stored properties are read only when asked for: most drawings show captions, and properties are most of a view's
/// cost to build, cache and send.
/// </summary>
public sealed class NeighbourhoodService(NodeIdCodec ids)
{
    public const int HubDegree = 500;

    public NeighbourhoodView? Expand(GraphSnapshot snapshot, string centerKey, int depth, IReadOnlyList<string>? relationshipTypes, int limit, bool withProperties)
    {
        var reader = snapshot.Reader;
        var center = reader.FindNodeByKey(centerKey);
        if (center < 0)
        {
            return null;
        }

        var types = TypeFilter(reader, relationshipTypes);
        var describer = new GraphDescriber(snapshot, ids);
        var depthOf = new Dictionary<int, int> { [center] = 0 };
        var order = new List<int> { center };
        var frontier = new List<int> { center };
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                if (node != center && reader.Degree(node, -1, Direction.Both) > HubDegree)
                {
                    truncated = true;
                    continue;
                }

                foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
                {
                    foreach (var type in types)
                    {
                        foreach (var neighbour in reader.Neighbours(node, type, direction))
                        {
                            if (depthOf.ContainsKey(neighbour))
                            {
                                continue;
                            }

                            if (order.Count >= limit)
                            {
                                truncated = true;
                                goto done;
                            }

                            depthOf[neighbour] = level;
                            order.Add(neighbour);
                            next.Add(neighbour);
                        }
                    }
                }
            }

            frontier = next;
        }

    done:
        // Each node is described once; relationships take their ends' keys and ids from these views.
        var views = new Dictionary<int, NodeView>(order.Count);
        var nodes = new List<NodeView>(order.Count);
        foreach (var node in order)
        {
            var view = describer.Node(node, depthOf[node], withProperties);
            views[node] = view;
            nodes.Add(view);
        }

        var edges = new List<EdgeView>();
        foreach (var node in order)
        {
            var start = views[node];
            foreach (var type in types)
            {
                var targets = reader.Neighbours(node, type, Direction.Outgoing);
                var relationships = reader.RelationshipsOf(node, type, Direction.Outgoing);
                for (var i = 0; i < targets.Length; i++)
                {
                    if (views.TryGetValue(targets[i], out var end))
                    {
                        edges.Add(describer.Edge(relationships[i], start, end, withProperties));
                    }
                }
            }
        }

        return new NeighbourhoodView(centerKey, depth, nodes, edges, truncated);
    }

    /// <summary>Type ids to follow: -1 (every type) when no filter is given; unknown names are simply absent from this graph.</summary>
    public static IReadOnlyList<int> TypeFilter(IGraphReader reader, IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return [-1];
        }

        return names.Select(reader.RelationshipTypeId).Where(id => id >= 0).Distinct().ToList();
    }
}
