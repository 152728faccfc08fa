using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// Keeps rows where a path of at most MaxHops joins the two bound nodes (or, negated, where none
/// does), by bidirectional BFS. A node reaches itself with the empty path. The search buffers are
/// sized to the snapshot once, so each row costs only the nodes it visits.
/// </summary>
public sealed class BidirectionalPathExists(Operator input, PathSearchSpec search, bool negated = false) : Operator(input)
{
    private BidirectionalSearch? _search;
    private QueryContext? _searchContext;

    public override string Name => negated ? "BidirectionalPathNotExists" : "BidirectionalPathExists";

    public override string Details => search.ToString();

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
            _searchContext = context;
        }
    }

    protected override bool Produce(QueryContext context)
    {
        while (input.Next(context))
        {
            CypherValue from = context.Row[search.FromSlot];
            CypherValue to = context.Row[search.ToSlot];
            if (from.IsNull || to.IsNull)
            {
                continue;
            }

            bool exists = _search!.ShortestLength(from.AsNodeId, to.AsNodeId, search.MaxHops, firstMeetingSuffices: true) >= 0;
            if (exists != negated)
            {
                return true;
            }
        }

        return false;
    }
}
