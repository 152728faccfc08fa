namespace Graph.Api.Configuration;

/// <summary>
/// Everything the service reads from configuration (appsettings.json, environment variables such as
/// <c>Api__Redis</c> or <c>GRAPH_Api__Redis</c>, the command line). Checked at start-up by
/// <see cref="ApiOptionsValidator"/> so that a wrong setting stops the service with a clear message
/// instead of failing on the first request.
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The embedded store's folder.</summary>
    public string Store { get; set; } = Path.Combine("data", "store");

    /// <summary>The screening rules folder (*.cypher).</summary>
    public string Rules { get; set; } = Path.Combine("cypher", "rules");

    /// <summary>Where the audit log and triage decisions live; by default a folder beside the store (<c>STORE.api</c>).</summary>
    public string? StateDirectory { get; set; }

    /// <summary>StackExchange.Redis configuration string (<c>127.0.0.1:6379</c>); empty runs on memory alone.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every cache key, so that several stores can share one Redis.</summary>
    public string CacheNamespace { get; set; } = "graph";

    /// <summary>
    /// Secret from which opaque node ids are derived (at least 32 characters). Every instance that serves the same
    /// store must share it so that ids and cursors work across instances; when empty one is generated and kept in
    /// the state folder.
    /// </summary>
    public string? IdSecret { get; set; }

    public List<ApiKeyOptions> Keys { get; set; } = [];

    public JwtOptions? Jwt { get; set; }

    public LimitOptions Limits { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public CacheOptions Cache { get; set; } = new();

    /// <summary>How often the store folder is checked for a finished load (seconds); 0 never reloads.</summary>
    public double StorePollSeconds { get; set; } = 2;

    /// <summary>Whether rules run (and rings are found) at start-up rather than on the first request that needs them.</summary>
    public bool RunRulesAtStartup { get; set; } = true;

    /// <summary>Time limit of each rule when rules run.</summary>
    public double RuleTimeLimitSeconds { get; set; } = 120;

    /// <summary>Logs as one JSON object per line (for log shippers) instead of plain text.</summary>
    public bool JsonLogs { get; set; } = true;
}
