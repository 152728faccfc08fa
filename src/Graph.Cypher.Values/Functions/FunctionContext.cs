using Graph.Cypher.Values.Elements;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Functions;

/// <summary>
/// What functions may see besides their arguments: the graph, the clocks behind date(),
/// date.statement(), date.transaction() and date.realtime(), the session zone and the random source.
/// </summary>
public sealed class FunctionContext
{
    public IGraphValueContext? Graph { get; init; }

    /// <summary>The instant the current statement started; date() and date.statement() read it.</summary>
    public DateTimeOffset StatementTime { get; init; }

    /// <summary>The instant the current transaction started; date.transaction() reads it.</summary>
    public DateTimeOffset TransactionTime { get; init; }

    /// <summary>The live clock behind date.realtime().</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public CypherZone DefaultZone { get; init; } = CypherZone.Utc;

    public Random Random { get; init; } = Random.Shared;

    /// <summary>A context whose statement and transaction start now on the given clock.</summary>
    public static FunctionContext Create(IGraphValueContext? graph = null, TimeProvider? clock = null)
    {
        var provider = clock ?? TimeProvider.System;
        var now = provider.GetUtcNow();
        return new FunctionContext { Graph = graph, Clock = provider, StatementTime = now, TransactionTime = now };
    }
}
