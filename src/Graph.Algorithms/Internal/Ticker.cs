namespace Graph.Algorithms.Internal;

/// <summary>
/// Checks a cancellation token every <c>interval</c> ticks, so hot loops can tick per node or
/// per edge for the cost of a decrement. A mutable struct: keep it in a local, pass it by ref.
/// </summary>
internal struct Ticker
{
    private readonly CancellationToken _cancellation;
    private readonly int _interval;
    private int _countdown;

    public Ticker(CancellationToken cancellation, int interval = 1024)
    {
        cancellation.ThrowIfCancellationRequested();
        _cancellation = cancellation;
        _interval = interval;
        _countdown = interval;
    }

    public void Tick()
    {
        if (--_countdown <= 0)
        {
            _countdown = _interval;
            _cancellation.ThrowIfCancellationRequested();
        }
    }
}
