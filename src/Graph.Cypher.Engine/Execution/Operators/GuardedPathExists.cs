using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// exists((a)-[*1..k]-(b)) with both ends bound: a bidirectional BFS answers it (a walk of at most
/// k hops contains a path of at most k, so trail semantics change nothing), except when a and b
/// are the same node and the pattern needs at least one hop: then a cycle is needed, which the
/// general var-length plan (<paramref name="fallback"/>, with an Argument leaf) decides.
/// </summary>
public sealed class GuardedPathExists(Operator input, PathSearchSpec search, int minHops, Operator fallback) : Operator(input, fallback)
{
    private readonly BidirectionalPathExists _bfs = new(new Argument(), search);
    private bool _fallbackOpen;

    public override string Name => "PathExists";

    public override string Details => search.ToString();

    protected override void Reset(QueryContext context) => _fallbackOpen = false;

    protected override void Release() => _bfs.Close();

    protected override bool Produce(QueryContext context)
    {
        while (true)
        {
            if (_fallbackOpen)
            {
                _fallbackOpen = false;
                if (fallback.Next(context))
                {
                    return true;
                }
            }

            if (!input.Next(context))
            {
                return false;
            }

            CypherValue from = context.Row[search.FromSlot];
            CypherValue to = context.Row[search.ToSlot];
            if (minHops > 0 && !from.IsNull && from.Equals(to))
            {
                fallback.Open(context);
                _fallbackOpen = true;
                continue;
            }

            _bfs.Open(context);
            if (_bfs.Next(context))
            {
                return true;
            }
        }
    }
}
