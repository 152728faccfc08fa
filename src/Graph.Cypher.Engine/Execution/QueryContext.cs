using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution;

/// <summary>
/// What operators share while one query runs: the snapshot, the single row of slots every
/// operator reads and writes in place (so producing a row allocates nothing), and the guard.
/// </summary>
public sealed class QueryContext
{
    public QueryContext(IGraphReader reader, int slotCount, QueryLimits limits, CancellationToken cancellation, bool profiling = false)
    {
        Reader = reader;
        Row = new CypherValue[slotCount];
        Limits = limits;
        Guard = new QueryGuard(limits, cancellation);
        Profiling = profiling;
    }

    public IGraphReader Reader { get; }

    public CypherValue[] Row { get; }

    public QueryLimits Limits { get; }

    public QueryGuard Guard { get; }

    public bool Profiling { get; }
}
