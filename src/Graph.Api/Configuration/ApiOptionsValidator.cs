using Graph.Api.Security;

namespace Graph.Api.Configuration;

/// <summary>Checks the settings before anything starts, collecting every problem so that one restart fixes them all.</summary>
public static class ApiOptionsValidator
{
    public static IReadOnlyList<string> Problems(ApiOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Store))
        {
            problems.Add("Api:Store is empty: set the store folder (graph serve --store PATH, or Api__Store).");
        }
        else if (!Directory.Exists(options.Store))
        {
            problems.Add($"Api:Store: there is no store at '{Path.GetFullPath(options.Store)}'; load one first (graph load DIR --store PATH) or start with graph serve --demo.");
        }

        // Without it the service would start and find no rings, which looks like a clean bill of health.
        if (string.IsNullOrWhiteSpace(options.Rules) || !Directory.Exists(options.Rules))
        {
            problems.Add($"Api:Rules: there is no rules folder at '{Path.GetFullPath(string.IsNullOrWhiteSpace(options.Rules) ? "." : options.Rules)}'; start from the repository root (the default is cypher/rules there) or give the folder (graph serve --rules PATH, or Api__Rules).");
        }

        if (options.Keys.Count == 0 && options.Jwt is null)
        {
            problems.Add("No API keys (Api:Keys) and no JWT settings (Api:Jwt): nobody could call the API. Configure at least one, or start with graph serve --demo for generated demo keys.");
        }

        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var where = $"Api:Keys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                problems.Add($"{where}:Name is empty: the audit log needs to know who holds the key.");
            }
            else if (!seenNames.Add(key.Name))
            {
                problems.Add($"{where}:Name '{key.Name}' is used by another key.");
            }

            if (string.IsNullOrEmpty(key.Key) == string.IsNullOrEmpty(key.Sha256))
            {
                problems.Add($"{where}: set exactly one of Key and Sha256.");
            }
            else if (key.Key is { Length: < 16 })
            {
                problems.Add($"{where}:Key is shorter than 16 characters.");
            }
            else if (key.Sha256 is { } hash && (hash.Length != 64 || !hash.All(Uri.IsHexDigit)))
            {
                problems.Add($"{where}:Sha256 is not 64 hex digits.");
            }

            if (key.Roles.Count == 0)
            {
                problems.Add($"{where}:Roles is empty (investigator, rule_author, admin).");
            }

            foreach (var role in key.Roles.Where(r => !Roles.IsKnown(r)))
            {
                problems.Add($"{where}:Roles: unknown role '{role}' (investigator, rule_author, admin).");
            }
        }

        if (options.Jwt is { } jwt)
        {
            if (string.IsNullOrWhiteSpace(jwt.Issuer) || string.IsNullOrWhiteSpace(jwt.Audience))
            {
                problems.Add("Api:Jwt: Issuer and Audience are required.");
            }

            if (System.Text.Encoding.UTF8.GetByteCount(jwt.SigningKey ?? "") < 32)
            {
                problems.Add("Api:Jwt:SigningKey must be at least 32 bytes (HS256).");
            }
        }

        if (options.IdSecret is { Length: > 0 and < 32 })
        {
            problems.Add("Api:IdSecret must be at least 32 characters.");
        }

        var limits = options.Limits;
        if (limits.MaxRequestBytes < 1024)
        {
            problems.Add("Api:Limits:MaxRequestBytes must be at least 1024.");
        }

        if (limits.MaxDepth < 3)
        {
            problems.Add("Api:Limits:MaxDepth must be at least 3.");
        }

        if (limits.RequestTimeoutSeconds <= 0 || limits.CypherTimeoutSeconds <= 0)
        {
            problems.Add("Api:Limits: timeouts must be positive.");
        }

        if (limits.MaxPageSize < 1)
        {
            problems.Add("Api:Limits:MaxPageSize must be at least 1.");
        }

        var cache = options.Cache;
        if (cache.MaxEntryBytes < 1024 || cache.MaxPayloadBytes < cache.MaxEntryBytes)
        {
            problems.Add("Api:Cache: MaxEntryBytes must be at least 1024, and MaxPayloadBytes at least MaxEntryBytes.");
        }

        if (cache.MaxMemoryBytes < cache.MaxEntryBytes)
        {
            problems.Add("Api:Cache:MaxMemoryBytes must be at least MaxEntryBytes (one entry must fit).");
        }

        if (cache.MinutesInMemory <= 0 || cache.MinutesInRedis <= 0)
        {
            problems.Add("Api:Cache: MinutesInMemory and MinutesInRedis must be positive.");
        }

        if (options.RateLimit.PermitsPerSecond < 0 || options.RateLimit.Burst < 0)
        {
            problems.Add("Api:RateLimit: PermitsPerSecond and Burst cannot be negative.");
        }

        return problems;
    }

    public static void ThrowIfInvalid(ApiOptions options)
    {
        var problems = Problems(options);
        if (problems.Count > 0)
        {
            throw new ApiConfigurationException(problems);
        }
    }
}
