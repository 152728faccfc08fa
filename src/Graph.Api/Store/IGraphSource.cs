using Graph.Storage.Reading;

namespace Graph.Api.Store;

/// <summary>
/// Where the service reads the graph from: the current snapshot, replaced as a whole when a load has finished.
/// A request takes <see cref="Current"/> once and reads only that, so it sees one consistent version.
/// </summary>
public interface IGraphSource
{
    GraphSnapshot Current { get; }

    /// <summary>Raised after <see cref="Current"/> has been replaced by a newer snapshot.</summary>
    event EventHandler<GraphSnapshot>? Changed;
}
