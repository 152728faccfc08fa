using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>
/// Builds the shortest paths a finished <see cref="BidirectionalSearch"/> found: from each meeting
/// node, walk back to the source through nodes one step nearer to it, and on to the target the
/// same way. Parallel relationships give distinct paths, as allShortestPaths requires.
/// </summary>
internal sealed class ShortestPathEnumerator(BidirectionalSearch search)
{
    private int[] _nodes = [];
    private int[] _relationships = [];
    private List<CypherPath> _output = [];
    private int _limit;

    public void Collect(int length, int limit, List<CypherPath> output)
    {
        _nodes = new int[length + 1];
        _relationships = new int[length];
        _output = output;
        _limit = limit;
        int meetingPosition = search.ForwardDepth;
        for (int i = 0; i < search.Meetings.Count && output.Count < _limit; i++)
        {
            _nodes[meetingPosition] = search.Meetings[i];
            TowardsSource(meetingPosition);
        }
    }

    private void TowardsSource(int position)
    {
        if (position == 0)
        {
            TowardsTarget(search.ForwardDepth);
            return;
        }

        int node = _nodes[position];
        // Predecessors on the source side are reached by following the pattern direction backwards.
        ForEachStep(node, Directions.Reverse(search.Direction), search.Forward, position - 1, position, towardsSource: true);
    }

    private void TowardsTarget(int position)
    {
        if (position == _relationships.Length)
        {
            _output.Add(new CypherPath((int[])_nodes.Clone(), (int[])_relationships.Clone()));
            return;
        }

        ForEachStep(_nodes[position], search.Direction, search.Backward, _relationships.Length - position - 1, position, towardsSource: false);
    }

    private void ForEachStep(int node, Direction direction, NodeDistances distances, int wantedDistance, int position, bool towardsSource)
    {
        IGraphReader reader = search.Reader;
        int[] types = search.Types;
        for (int t = 0; t < types.Length && _output.Count < _limit; t++)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                Direction side = pass == 0 ? Direction.Outgoing : Direction.Incoming;
                if ((direction == Direction.Outgoing && side != Direction.Outgoing) || (direction == Direction.Incoming && side != Direction.Incoming))
                {
                    continue;
                }

                ReadOnlySpan<int> neighbours = reader.Neighbours(node, types[t], side);
                ReadOnlySpan<int> relationships = reader.RelationshipsOf(node, types[t], side);
                for (int i = 0; i < neighbours.Length && _output.Count < _limit; i++)
                {
                    // A self-loop is never on a shortest path, and Both must not list it twice.
                    if (neighbours[i] == node || distances.Get(neighbours[i]) != wantedDistance)
                    {
                        continue;
                    }

                    if (towardsSource)
                    {
                        _nodes[position - 1] = neighbours[i];
                        _relationships[position - 1] = relationships[i];
                        TowardsSource(position - 1);
                    }
                    else
                    {
                        _nodes[position + 1] = neighbours[i];
                        _relationships[position] = relationships[i];
                        TowardsTarget(position + 1);
                    }
                }
            }
        }
    }
}
