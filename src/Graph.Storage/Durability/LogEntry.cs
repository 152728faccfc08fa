using Graph.Storage.Writing;

namespace Graph.Storage.Durability;

/// <summary>One committed batch as the log holds it: version after the commit, metadata set since the last one, mutations.</summary>
internal sealed record LogEntry(long Version, IReadOnlyList<KeyValuePair<string, string>> Meta, IReadOnlyList<GraphMutation> Mutations);
