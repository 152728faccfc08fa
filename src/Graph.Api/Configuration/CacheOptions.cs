namespace Graph.Api.Configuration;

/// <summary>
/// How much the caches may hold and for how long. Keys carry the graph version, so expiry and size limits bound
/// memory, not staleness.
/// </summary>
public sealed class CacheOptions
{
    public double MinutesInRedis { get; set; } = 60;

    public double MinutesInMemory { get; set; } = 10;

    /// <summary>
    /// The largest answer kept in a cache (a whole response, a neighbourhood, a path set, a page of rings), as
    /// serialized bytes; larger ones are computed again each time instead of crowding out many small ones.
    /// </summary>
    public int MaxEntryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The largest value of all: the rules' analysis of a store version (hits and rings, several MB at scale 10),
    /// written to Redis once so other instances need not run the rules. It is kept in memory by the service itself,
    /// so it does not count against <see cref="MaxMemoryBytes"/>.
    /// </summary>
    public int MaxPayloadBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Whether neighbourhoods are shared through Redis too (the default: another instance reads one back instead of
    /// building it). Off, they stay in each instance's memory: one costs less to build (about a millisecond of CPU at
    /// depth 2) than the Redis read that misses and the write every neighbourhood not yet cached pays (0.5 to 0.9 ms),
    /// which is the better trade for a single instance, or when instances rarely open the same entities. Ring lists,
    /// paths and the analysis are always shared.
    /// </summary>
    public bool NeighbourhoodsInRedis { get; set; } = true;

    /// <summary>What the in-memory level may hold in all (serialized bytes); the least recently used entries go first.</summary>
    public long MaxMemoryBytes { get; set; } = 512L * 1024 * 1024;
}
