using System.Security.Cryptography;
using System.Text;
using Graph.Storage.Reading;

namespace Graph.Api.Store;

/// <summary>
/// One snapshot of the store and what identifies it in cache keys: the store version plus a fingerprint of the last
/// load, so that two different stores at the same version number never share entries in one Redis.
/// </summary>
public sealed class GraphSnapshot
{
    public GraphSnapshot(IGraphReader reader)
    {
        Reader = reader;
        var lastLoad = reader.GetMeta("load.last") ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(lastLoad));
        CacheTag = $"v{reader.Version}-{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
        Vocabulary = new SnapshotVocabulary(reader);
    }

    public IGraphReader Reader { get; }

    public long Version => Reader.Version;

    /// <summary>Goes into every cache key of data read from this snapshot.</summary>
    public string CacheTag { get; }

    public SnapshotVocabulary Vocabulary { get; }
}
