using Graph.Cypher.Engine.Execution;

namespace Graph.Algorithms.Procedures;

/// <summary>
/// Runs an algorithm under the query's guard. The algorithms take a CancellationToken and the guard
/// is no token, so a timer checks the guard while the algorithm runs and cancels a token when the
/// query is cancelled or out of time; the guard's own error is then thrown in place of the
/// algorithm's OperationCanceledException, so the caller sees the usual cancel/time-limit codes.
/// The guard is not thread-safe, but while the algorithm runs the query thread does not touch it,
/// and the timer is stopped (waiting for a running check) before the query thread goes on.
/// </summary>
internal static class GuardedRun
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static T Run<T>(QueryContext context, Func<CancellationToken, T> algorithm)
    {
        context.Guard.Check();
        using var cancellation = new CancellationTokenSource();
        QueryExecutionException? stopped = null;
        var timer = new Timer(
            _ =>
            {
                try
                {
                    context.Guard.Check();
                }
                catch (QueryExecutionException error)
                {
                    stopped = error;
                    cancellation.Cancel();
                }
            },
            null,
            Interval,
            Interval);
        try
        {
            return algorithm(cancellation.Token);
        }
        catch (OperationCanceledException) when (Volatile.Read(ref stopped) is not null)
        {
            throw Volatile.Read(ref stopped)!;
        }
        finally
        {
            using var finished = new ManualResetEvent(false);
            if (timer.Dispose(finished))
            {
                finished.WaitOne();
            }
        }
    }
}
