using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Support;

/// <summary>The same graph as a plain relationship list, with textbook traversals to compare against.</summary>
internal sealed class NaiveGraph(int nodeCount, IReadOnlyList<(int From, string Type, int To)> relationships)
{
    public int NodeCount => nodeCount;

    /// <summary>(relationship, neighbour) steps from a node; a self-loop once when undirected.</summary>
    public IEnumerable<(int Relationship, int Neighbour)> Steps(int node, Direction direction, ISet<string> types)
    {
        for (int r = 0; r < relationships.Count; r++)
        {
            (int from, string type, int to) = relationships[r];
            if (!types.Contains(type))
            {
                continue;
            }

            if (direction != Direction.Incoming && from == node)
            {
                yield return (r, to);
            }
            else if (direction != Direction.Outgoing && to == node)
            {
                yield return (r, from);
            }
        }
    }

    /// <summary>End nodes of every relationship-unique path of length min..max.</summary>
    public List<int> PathEnds(int start, Direction direction, ISet<string> types, int min, int max)
    {
        var ends = new List<int>();
        Walk(start, 0, [], direction, types, min, max, ends);
        return ends;
    }

    public int Distance(int source, int target, Direction direction, ISet<string> types)
    {
        var distance = new Dictionary<int, int> { [source] = 0 };
        var queue = new Queue<int>([source]);
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            foreach ((_, int neighbour) in Steps(node, direction, types))
            {
                if (distance.TryAdd(neighbour, distance[node] + 1))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }

        return distance.TryGetValue(target, out int d) ? d : -1;
    }

    /// <summary>Walks of exactly the given length from source to target (at the shortest length these are the shortest paths).</summary>
    public int CountWalks(int source, int target, int length, Direction direction, ISet<string> types)
    {
        if (length == 0)
        {
            return source == target ? 1 : 0;
        }

        int count = 0;
        foreach ((_, int neighbour) in Steps(source, direction, types))
        {
            count += CountWalks(neighbour, target, length - 1, direction, types);
        }

        return count;
    }

    private void Walk(int node, int length, List<int> used, Direction direction, ISet<string> types, int min, int max, List<int> ends)
    {
        if (length >= min)
        {
            ends.Add(node);
        }

        if (length == max)
        {
            return;
        }

        foreach ((int relationship, int neighbour) in Steps(node, direction, types))
        {
            if (!used.Contains(relationship))
            {
                used.Add(relationship);
                Walk(neighbour, length + 1, used, direction, types, min, max, ends);
                used.RemoveAt(used.Count - 1);
            }
        }
    }
}
