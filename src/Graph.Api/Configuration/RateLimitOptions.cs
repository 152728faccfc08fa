namespace Graph.Api.Configuration;

/// <summary>A token bucket per principal (API key or token subject); 0 permits per second turns it off.</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerSecond { get; set; } = 200;

    /// <summary>How many requests may arrive at once before the rate applies.</summary>
    public int Burst { get; set; } = 400;
}
