using System.Diagnostics;

namespace Graph.Cypher.Engine.Execution;

/// <summary>
/// Cancellation, time limit and row limit in one place. <see cref="Tick"/> is called in every hot
/// loop and costs a decrement; the clock and token are read only every <see cref="CheckInterval"/> ticks.
/// </summary>
public sealed class QueryGuard
{
    public const int CheckInterval = 1024;

    private readonly CancellationToken _cancellation;
    private readonly long _deadline;
    private readonly long _maxRows;
    private int _countdown = CheckInterval;
    private long _rows;

    public QueryGuard(QueryLimits limits, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        _maxRows = limits.MaxResultRows;
        long ticks = (long)(limits.TimeLimit.TotalSeconds * Stopwatch.Frequency);
        _deadline = limits.TimeLimit == TimeSpan.MaxValue || ticks <= 0 ? long.MaxValue : Stopwatch.GetTimestamp() + ticks;
    }

    public void Tick()
    {
        if (--_countdown <= 0)
        {
            Check();
        }
    }

    public void CountResultRow()
    {
        if (++_rows > _maxRows)
        {
            throw new QueryExecutionException(ExecutionErrorCodes.RowLimitExceeded, $"The query returned more than {_maxRows} rows, the limit per query.");
        }
    }

    public void Check()
    {
        _countdown = CheckInterval;
        if (_cancellation.IsCancellationRequested)
        {
            throw new QueryExecutionException(ExecutionErrorCodes.Cancelled, "The query was cancelled.");
        }

        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new QueryExecutionException(ExecutionErrorCodes.TimeLimitExceeded, "The query ran past its time limit.");
        }
    }
}
