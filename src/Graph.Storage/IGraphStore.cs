using Graph.Storage.Reading;
using Graph.Storage.Writing;

namespace Graph.Storage;

/// <summary>
/// The embedded, durable graph: one writer, many readers. Readers take <see cref="Snapshot"/>
/// and keep a consistent view however long they hold it; the writer commits batches, each
/// durable (fsync) and atomic before <see cref="Commit"/> returns, and publishes a new snapshot
/// for readers when it chooses (<see cref="Publish"/>), typically at the end of a load.
/// </summary>
public interface IGraphStore : IDisposable
{
    /// <summary>The store's folder.</summary>
    string Path { get; }

    /// <summary>The latest published snapshot.</summary>
    IGraphReader Snapshot { get; }

    /// <summary>Applies the batch and makes it durable. Throws <see cref="StoreException"/> on a bad batch, leaving nothing of it.</summary>
    void Commit(GraphBatch batch);

    /// <summary>Makes everything committed so far visible to new readers.</summary>
    IGraphReader Publish();

    /// <summary>
    /// Writes a compact checkpoint so that the next open is fast, and trims the log. The checkpoint
    /// includes the snapshot's adjacency and indexes, so it also publishes everything committed.
    /// Call it at the end of a load: otherwise the next open replays the whole load's log.
    /// </summary>
    void Checkpoint();

    /// <summary>Small free-form metadata kept durably with the data (load summaries, entity-resolution aliases).</summary>
    string? GetMeta(string name);

    /// <summary>Sets metadata; durable with the next commit or checkpoint.</summary>
    void SetMeta(string name, string value);
}
