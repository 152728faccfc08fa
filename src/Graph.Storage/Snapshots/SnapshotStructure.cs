namespace Graph.Storage.Snapshots;

/// <summary>
/// The derived part of a snapshot — both adjacencies, per-label node lists, exact-match indexes
/// and the index list they were built for. Built by publish, persisted by a checkpoint so that an
/// open with nothing to replay reads it instead of rebuilding it.
/// </summary>
internal sealed record SnapshotStructure(
    Csr Outgoing,
    Csr Incoming,
    int[][] NodesByLabel,
    Dictionary<(int Label, int Key), PropertyIndex> Indexes,
    IndexSpec[] IndexSpecs);
