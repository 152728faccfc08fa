using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Functions;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution;

/// <summary>
/// What operators share while one query runs: the graph (the snapshot, or the write overlay on
/// top of it), the single row of slots every operator reads and writes in place (so producing a
/// row allocates nothing), the parameters, the function context and the guard.
/// </summary>
public sealed class QueryContext
{
    private static readonly IReadOnlyDictionary<string, CypherValue> NoParameters = new Dictionary<string, CypherValue>();

    public QueryContext(
        IGraphReader reader,
        int slotCount,
        QueryLimits limits,
        CancellationToken cancellation,
        bool profiling = false,
        IReadOnlyDictionary<string, CypherValue>? parameters = null)
    {
        Writer = reader as TransactionOverlay;
        Reader = reader;
        Row = new CypherValue[slotCount];
        Limits = limits;
        Guard = new QueryGuard(limits, cancellation);
        Profiling = profiling;
        Parameters = parameters ?? NoParameters;
        Graph = new ReaderValueContext(reader);
        Functions = FunctionContext.Create(Graph);
    }

    public IGraphReader Reader { get; }

    /// <summary>The overlay write clauses change; null when the query runs on a bare snapshot (read-only).</summary>
    public TransactionOverlay? Writer { get; }

    public CypherValue[] Row { get; }

    public QueryLimits Limits { get; }

    public QueryGuard Guard { get; }

    public bool Profiling { get; }

    public IReadOnlyDictionary<string, CypherValue> Parameters { get; }

    /// <summary>The graph as values see it: labels, types and properties by name.</summary>
    public ReaderValueContext Graph { get; }

    /// <summary>Clocks, zone and graph access for the function library; one statement time per query.</summary>
    public FunctionContext Functions { get; }
}
