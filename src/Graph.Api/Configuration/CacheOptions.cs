namespace Graph.Api.Configuration;

/// <summary>How long cached answers live. Keys carry the graph version, so expiry only bounds memory, not staleness.</summary>
public sealed class CacheOptions
{
    public double MinutesInRedis { get; set; } = 60;

    public double MinutesInMemory { get; set; } = 10;

    /// <summary>The largest value written to Redis (a full rule-run analysis can be several MB).</summary>
    public int MaxPayloadBytes { get; set; } = 64 * 1024 * 1024;
}
