namespace Graph.Cli.Console;

/// <summary>
/// Forwards reports on the caller's thread: <see cref="Progress{T}"/> posts to the thread pool,
/// which reorders reports and can print after the work has finished.
/// </summary>
public sealed class SynchronousProgress<T> : IProgress<T>
{
    private readonly Action<T> _handler;

    public SynchronousProgress(Action<T> handler) => _handler = handler;

    public void Report(T value) => _handler(value);
}
