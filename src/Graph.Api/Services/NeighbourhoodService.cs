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
        // Position of each reached node in order, and its depth: one map of ints (node lookups are most of the
        // expansion's own work, and a map of ints is cheaper than one of views).
        var position = new Dictionary<int, int> { [center] = 0 };
        var order = new List<int> { center };
        var depths = new List<int> { 0 };
        var degrees = new List<int> { -1 };
        var frontier = new List<int> { center };
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var at = position[node];
                degrees[at] = reader.Degree(node, -1, Direction.Both);
                if (node != center && degrees[at] > HubDegree)
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
                            if (position.ContainsKey(neighbour))
                            {
                                continue;
                            }

                            if (order.Count >= limit)
                            {
                                truncated = true;
                                goto done;
                            }

                            position[neighbour] = order.Count;
                            order.Add(neighbour);
                            depths.Add(level);
                            degrees.Add(-1);
                            next.Add(neighbour);
                        }
                    }
                }
            }

            frontier = next;
        }

    done:
        // Each node is described once; relationships take their ends' keys and ids from these views. A degree read
        // while expanding is kept (-1: not read yet).
        var nodes = new NodeView[order.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = describer.Node(order[i], depths[i], degrees[i] >= 0 ? degrees[i] : reader.Degree(order[i], -1, Direction.Both), withProperties);
        }

        var drawn = new DrawnNodeSet(position);
        var edges = new List<EdgeView>();
        var found = new List<int>();
        var sorted = reader.AdjacencySortedByNeighbour;
        for (var i = 0; i < nodes.Length; i++)
        {
            foreach (var type in types)
            {
                // A long run over every type is searched type by type (sorted by neighbour within each type).
                if (type < 0 && sorted && reader.Degree(order[i], -1, Direction.Outgoing) >= drawn.SearchFrom)
                {
                    for (var each = 0; each < reader.RelationshipTypes.Count; each++)
                    {
                        AddEdges(reader, describer, drawn, nodes, i, order[i], each, sorted, found, edges, withProperties);
                    }
                }
                else
                {
                    AddEdges(reader, describer, drawn, nodes, i, order[i], type, sorted, found, edges, withProperties);
                }
            }
        }

        return new NeighbourhoodView(centerKey, depth, nodes, edges, truncated);
    }

    /// <summary>The relationships of one type (or every type, -1) from a drawn node to drawn nodes, in adjacency order.</summary>
    private static void AddEdges(IGraphReader reader, GraphDescriber describer, DrawnNodeSet drawn, NodeView[] nodes, int from, int node, int type, bool sorted, List<int> found, List<EdgeView> edges, bool withProperties)
    {
        reader.Adjacency(node, type, Direction.Outgoing, out var targets, out var relationships);
        if (type >= 0 && sorted && targets.Length >= drawn.SearchFrom)
        {
            found.Clear();
            drawn.FindIn(targets, found);
            foreach (var r in found)
            {
                drawn.TryGetPosition(targets[r], out var end);
                edges.Add(describer.Edge(relationships[r], nodes[from], nodes[end], withProperties));
            }

            return;
        }

        for (var r = 0; r < targets.Length; r++)
        {
            if (drawn.TryGetPosition(targets[r], out var end))
            {
                edges.Add(describer.Edge(relationships[r], nodes[from], nodes[end], withProperties));
            }
        }
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
