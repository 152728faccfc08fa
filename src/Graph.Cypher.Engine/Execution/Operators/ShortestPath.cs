using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// shortestPath / allShortestPaths between two bound nodes by bidirectional BFS: one row per
/// path found (at most one unless <paramref name="all"/>), none when the ends are the same node
/// or further apart than MaxHops.
/// </summary>
public sealed class ShortestPath(Operator input, PathSearchSpec search, int pathSlot, string pathName, bool all = false) : Operator(input)
{
    private readonly List<CypherPath> _paths = [];
    private BidirectionalSearch? _search;
    private ShortestPathEnumerator? _enumerator;
    private QueryContext? _searchContext;
    private int _next;

    public override string Name => all ? "AllShortestPaths" : "ShortestPath";

    public override string Details => $"{pathName} = {search}";

    protected override void Release()
    {
        _search?.Return();
        _search = null;
        _searchContext = null;
    }

    protected override void Reset(QueryContext context)
    {
        if (!ReferenceEquals(_searchContext, context))
        {
            _search?.Return();
            _search = BidirectionalSearch.Rent(context.Reader, context.Guard, search.Types.Resolve(context.Reader), search.Direction);
            _enumerator = new ShortestPathEnumerator(_search);
            _searchContext = context;
        }

        _paths.Clear();
        _next = 0;
    }

    protected override bool Produce(QueryContext context)
    {
        while (_next >= _paths.Count)
        {
            if (!input.Next(context))
            {
                return false;
            }

            _paths.Clear();
            _next = 0;
            CypherValue from = context.Row[search.FromSlot];
            CypherValue to = context.Row[search.ToSlot];
            if (from.IsNull || to.IsNull || from.AsNodeId == to.AsNodeId)
            {
                continue;
            }

            int length = _search!.ShortestLength(from.AsNodeId, to.AsNodeId, search.MaxHops, firstMeetingSuffices: !all);
            if (length > 0)
            {
                _enumerator!.Collect(length, all ? int.MaxValue : 1, _paths);
            }
        }

        context.Row[pathSlot] = CypherValue.Path(_paths[_next++]);
        return true;
    }
}
