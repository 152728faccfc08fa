using Graph.Storage.Reading;

namespace Graph.Api.Store;

/// <summary>A source whose snapshot is set by its owner (tests, an embedding process that writes the store itself).</summary>
public sealed class FixedGraphSource(IGraphReader reader) : IGraphSource
{
    private GraphSnapshot _current = new(reader);

    public GraphSnapshot Current => _current;

    public event EventHandler<GraphSnapshot>? Changed;

    public void Replace(IGraphReader next)
    {
        _current = new GraphSnapshot(next);
        Changed?.Invoke(this, _current);
    }
}
